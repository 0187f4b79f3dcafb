package com.stride.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/** Sign-in for every role. The form posts to Spring Security; this view only shows the outcome. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Stride")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private static final int USERNAME_PREFILL_MAX = 100;

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        notice.addClassName("login-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");

        H1 brand = new H1("Stride");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("Home exercise plans from your physical therapist");
        tagline.addClassName("login-tagline");

        Div card = new Div(brand, tagline, notice, form);
        card.addClassName("login-card");
        add(card);
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage(
                "Check your username and password and try again. Your clinic admin can help you get back in.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("throttled")) {
            showNotice("Too many sign-in attempts. Sign-in is paused for 15 minutes for this username or "
                    + "device. Try again later, or ask your clinic admin to send you a password link.");
            notice.addClassName("login-notice-error");
        } else if (parameters.containsKey("password-set")) {
            showNotice("Your password is set. Sign in with your username and new password.");
            // only typed into this browser's own field, never run: a link with another name does no harm
            parameters.get("password-set").stream().filter(name -> name.length() <= USERNAME_PREFILL_MAX)
                    .findFirst().ifPresent(this::fillInUsername);
        } else if (parameters.containsKey("expired")) {
            showNotice("You were signed out: the app was not used for a while, or your password or sign-in "
                    + "settings changed. Please sign in again.");
        } else if (parameters.containsKey("logout")) {
            showNotice("You have signed out.");
        }
    }

    /** The person just chose a password: their username is typed for them, and the password field waits. */
    private void fillInUsername(String username) {
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {
                  const name = this.querySelector('vaadin-text-field[name=username]');
                  const password = this.querySelector('vaadin-password-field[name=password]');
                  if (name) { name.value = $0; }
                  if (password) { password.focus(); }
                }))""", username);
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
