package com.stride.account.ui;

import com.stride.account.IssuedLink;
import com.stride.account.LinkPurpose;
import com.stride.base.text.Formats;
import com.stride.base.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
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
        dialog.add(
                new Paragraph("Email is not set up, so give " + personName + " this link yourself, for example "
                        + "in person or by text message. With it they can " + what + "."),
                url,
                new Paragraph("It works once, until " + until + ". This is the only time it is shown: "
                        + "if it gets lost, send a new one from the account."));
        Button done = new Button("I have copied the link", click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }
}
