package com.stride.account.ui;

import com.stride.account.IssuedLink;
import com.stride.account.LinkPurpose;
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
        String what = link.purpose() == LinkPurpose.WELCOME ? "choose their password" : "choose a new password";
        if (link.emailed()) {
            Notices.success("Emailed " + personName + " a link to " + what + " (" + link.emailedTo()
                    + "). It works once, until " + until + ".");
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("link-dialog");
        dialog.setHeaderTitle("Pass this link to " + personName);
        TextField url = new TextField("One-time link");
        url.setValue(link.url());
        url.setReadOnly(true);
        url.setWidthFull();
        url.addClassName("one-time-link");
        url.addFocusListener(e -> url.getElement().executeJs("this.inputElement.select()"));
        Paragraph copied = new Paragraph();
        copied.addClassName("copy-status");
        copied.getElement().setAttribute("role", "status");
        Button copy = new Button("Copy link", VaadinIcon.COPY.create());
        copy.addClassName("copy-link");
        // Written in the click's own browser event, as the clipboard requires a fresh user gesture.
        Clipboard.onClick(copy).writeText(link.url(), text -> copied.setText("Copied. Paste it where "
                + personName + " will see it."), error -> copied.setText("Could not copy here: select the "
                + "link and copy it yourself."));
        HorizontalLayout linkRow = new HorizontalLayout(url, copy);
        linkRow.setWidthFull();
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        linkRow.setFlexGrow(1, url);
        dialog.add(
                new Paragraph("Email is not set up, so give " + personName + " this link yourself, for example "
                        + "in person or by text message. With it they can " + what + "."),
                linkRow, copied,
                new Paragraph("It works once, until " + until + ". This is the only time it is shown: "
                        + "if it gets lost, send a new one from the account."));
        Button done = new Button("I have copied the link", click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }
}
