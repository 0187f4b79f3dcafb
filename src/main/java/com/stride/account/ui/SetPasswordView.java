package com.stride.account.ui;

import com.stride.account.AccountLimits;
import com.stride.account.LinkHolder;
import com.stride.account.LinkPurpose;
import com.stride.account.PasswordService;
import com.stride.base.InvalidInputException;
import com.stride.i18n.Text;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.i18n.Titles;
import com.stride.base.validation.Messages;
import com.stride.base.validation.Problems;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a one-time link leads: the person chooses their password. Open to anyone, because the
 * link's token is the credential; the service checks it on every step.
 */
@Route(value = "set-password/:token", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordService passwords;
    private final Div card = new Div();
    private String token;

    SetPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("login-view");
        card.addClassNames("login-card", "password-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        H1 brand = new H1("Stride"); // literal: brand name
        brand.addClassName("login-brand");
        card.add(brand);
        passwords.holder(token).ifPresentOrElse(this::showForm, this::showUnusable);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("account.setPassword.title");
    }

    private void showForm(LinkHolder holder) {
        H2 title = new H2(Text.get(holder.purpose() == LinkPurpose.WELCOME ? "account.setPassword.welcome"
                : "account.setPassword.reset", "name", holder.displayName()));
        Paragraph intro = new Paragraph(Text.get("account.setPassword.intro", "username", holder.username(),
                "min", AccountLimits.PASSWORD_MIN_LENGTH));
        PasswordField password = new PasswordField(Text.get("account.setPassword.password"));
        password.setMaxLength(AccountLimits.PASSWORD_MAX_LENGTH);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        PasswordField repeat = new PasswordField(Text.get("account.setPassword.repeat"));
        repeat.setMaxLength(AccountLimits.PASSWORD_MAX_LENGTH);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setWidthFull();
        FieldErrors errors = new FieldErrors().bind("password", password).bind("repeat", repeat);
        Button save = new Button(Text.get("account.setPassword.save"), click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                errors.show(Problems.none().add("repeat", Messages.notTheSame()));
                return;
            }
            try {
                passwords.setPasswordWithLink(token, password.getValue());
                getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.of(
                        "password-set", holder.username())));
            } catch (InvalidInputException e) {
                if (e.fieldErrors().containsKey("link")) {
                    showUnusable();
                } else {
                    errors.show(e).values().forEach(Notices::error);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        Div form = new Div(title, intro, password, repeat, save);
        form.addClassName("password-form");
        card.add(form);
        password.focus();
    }

    private void showUnusable() {
        card.removeAll();
        H1 brand = new H1("Stride"); // literal: brand name
        brand.addClassName("login-brand");
        Div message = new Div(new H2(Text.get("account.setPassword.unusable.title")),
                new Paragraph(Text.get("account.setPassword.unusable.text")),
                new Anchor("login", Text.get("account.setPassword.unusable.signIn")));
        message.addClassName("password-form");
        card.add(brand, message);
    }
}
