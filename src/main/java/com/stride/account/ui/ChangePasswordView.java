package com.stride.account.ui;

import com.stride.account.AccountLimits;
import com.stride.account.PasswordService;
import com.stride.base.InvalidInputException;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.base.validation.Messages;
import com.stride.base.validation.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Anyone signed in changes their own password, after giving the current one. */
@Route("password")
@PageTitle("Change password · Stride")
@PermitAll
class ChangePasswordView extends Main {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat the new password");

    ChangePasswordView(PasswordService passwords) {
        addClassNames("change-password-view", "page");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        List.of(current, next, repeat).forEach(field -> {
            field.setMaxLength(AccountLimits.PASSWORD_MAX_LENGTH);
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
        });
        next.setHelperText("At least " + AccountLimits.PASSWORD_MIN_LENGTH
                + " characters. A few unrelated words make a good one.");
        FieldErrors errors = new FieldErrors().bind("currentPassword", current).bind("newPassword", next)
                .bind("repeat", repeat);
        Button save = new Button("Change password", click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                errors.show(Problems.none().add("repeat", Messages.NOT_THE_SAME));
                return;
            }
            try {
                passwords.changeOwn(current.getValue(), next.getValue());
                errors.clear();
                List.of(current, next, repeat).forEach(PasswordField::clear);
                Notices.success("Your password is changed.");
            } catch (InvalidInputException e) {
                errors.show(e).values().forEach(Notices::error);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2("Change your password"),
                new Paragraph("You never have to change it on a schedule; change it when you think someone "
                        + "else may know it."),
                current, next, repeat, save);
        form.addClassName("password-form");
        add(form);
    }
}
