package com.stride.account.ui;

import com.stride.account.AccountLimits;
import com.stride.account.PasswordService;
import com.stride.base.InvalidInputException;
import com.stride.i18n.Text;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.i18n.Titles;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Anyone signed in changes their own password, after giving the current one. */
@Route("password")
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

    private final PasswordField current = new PasswordField(Text.get("account.changePassword.current"));
    private final PasswordField next = new PasswordField(Text.get("account.changePassword.new"));
    private final PasswordField repeat = new PasswordField(Text.get("account.changePassword.repeat"));

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
        next.setHelperText(Text.get("account.password.helper", "min", AccountLimits.PASSWORD_MIN_LENGTH));
        FieldErrors errors = new FieldErrors().bind("currentPassword", current).bind("newPassword", next)
                .bind("repeat", repeat);
        Button save = new Button(Text.get("account.changePassword.save"), click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                errors.show(Problems.none().add("repeat", Messages.notTheSame()));
                return;
            }
            try {
                passwords.changeOwn(current.getValue(), next.getValue());
                errors.clear();
                List.of(current, next, repeat).forEach(PasswordField::clear);
                Notices.success(Text.get("account.changePassword.changed"));
            } catch (InvalidInputException e) {
                errors.show(e).values().forEach(Notices::error);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2(Text.get("account.changePassword.heading")),
                new Paragraph(Text.get("account.changePassword.intro")),
                current, next, repeat, save);
        form.addClassName("password-form");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("account.changePassword.title");
    }
}
