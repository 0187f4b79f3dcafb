package com.stride.account.ui;

import com.stride.account.IssuedLink;
import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.base.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;

/**
 * Tells the admin how the one-time link reaches the person. Without email the link is shown here
 * once: it is stored only as a hash, so closing this dialog is the last chance to copy it.
 */
final class LinkNotice {

    private LinkNotice() {
    }

    static void show(String personName, IssuedLink link, ZoneId zone) {
        String until = Formats.deadline(link.expiresAt(), zone);
        // a select in each message, so that each language words both purposes its own way
        String purpose = link.purpose().name();
        if (link.emailed()) {
            Notices.success(Text.get("account.link.emailed", "name", personName, "purpose", purpose,
                    "email", link.emailedTo(), "until", until));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("link-dialog");
        dialog.setHeaderTitle(Text.get("account.link.title", "name", personName));
        TextField url = new TextField(Text.get("account.link.field"));
        url.setValue(link.url());
        url.setReadOnly(true);
        url.setWidthFull();
        url.addClassName("one-time-link");
        url.addFocusListener(e -> url.getElement().executeJs("this.inputElement.select()"));
        Paragraph copied = new Paragraph();
        copied.addClassName("copy-status");
        copied.getElement().setAttribute("role", "status");
        Button copy = new Button(Text.get("account.link.copy"), VaadinIcon.COPY.create());
        copy.addClassName("copy-link");
        // Written in the click's own browser event, as the clipboard requires a fresh user gesture.
        String copiedText = Text.get("account.link.copied", "name", personName);
        String notCopiedText = Text.get("account.link.notCopied");
        Clipboard.onClick(copy).writeText(link.url(), text -> copied.setText(copiedText),
                error -> copied.setText(notCopiedText));
        HorizontalLayout linkRow = new HorizontalLayout(url, copy);
        linkRow.setWidthFull();
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        linkRow.setFlexGrow(1, url);
        dialog.add(
                new Paragraph(Text.get("account.link.noEmail", "name", personName, "purpose", purpose)),
                linkRow, copied,
                new Paragraph(Text.get("account.link.once", "until", until)));
        Button done = new Button(Text.get("account.link.done"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }
}
