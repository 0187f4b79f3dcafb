package com.stride.account.ui;

import com.stride.account.TwoStepService;
import com.stride.base.InvalidInputException;
import com.stride.i18n.Text;
import com.stride.base.ui.FieldErrors;
import com.stride.i18n.Titles;
import com.stride.security.PendingSignIns;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The second step of signing in for PTs and admins who turned it on: the code from their
 * authenticator app, or a recovery code. Nobody is signed in while this page shows.
 */
@Route(value = "two-step", autoLayout = false)
@AnonymousAllowed
class TwoStepSignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final TextField code = new TextField(Text.get("account.twoStepSignIn.code"));

    TwoStepSignInView(AuthenticationContext authenticationContext, TwoStepService twoStep) {
        this.authenticationContext = authenticationContext;
        addClassNames("login-view", "two-step-view");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.setWidthFull();
        code.setRequiredIndicatorVisible(true);
        code.setHelperText(Text.get("account.twoStepSignIn.code.helper"));
        code.setAutofocus(true);
        FieldErrors errors = new FieldErrors().bind("code", code);
        Button submit = new Button(Text.get("account.twoStepSignIn.submit"), click -> {
            try {
                int recoveryLeft = twoStep.completeSignIn(code.getValue());
                String next = recoveryLeft >= 0 ? "account/two-step?recovery-left=" + recoveryLeft : "";
                // a full page load: the new session id and the signed-in shell
                getUI().ifPresent(ui -> ui.getPage().setLocation(next.isEmpty() ? "./" : next));
            } catch (InvalidInputException e) {
                errors.show(e);
                code.clear();
                code.focus();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidthFull();

        H1 brand = new H1("Stride"); // literal: brand name
        brand.addClassName("login-brand");
        Div card = new Div(brand, new H2(Text.get("account.twoStepSignIn.heading")),
                new Paragraph(Text.get("account.twoStepSignIn.intro")),
                code, submit, new Anchor("login", Text.get("account.twoStepSignIn.startAgain")));
        card.addClassNames("login-card", "two-step-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("account.twoStepSignIn.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
        } else if (PendingSignIns.current().isEmpty()) {
            event.forwardTo("login");
        }
    }
}
