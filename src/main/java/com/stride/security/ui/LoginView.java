package com.stride.security.ui;

import com.stride.i18n.Text;
import com.stride.i18n.Titles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/** Sign-in for every role. The form posts to Spring Security; this view only shows the outcome. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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

        H1 brand = new H1("Stride"); // literal: brand name
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(Text.get("security.login.tagline"));
        tagline.addClassName("login-tagline");

        Div card = new Div(brand, tagline, notice, form);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("security.login.title");
    }

    /** The form's words in the page's language (the browser's: nobody is signed in yet). */
    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(Text.get("security.login.form.title"));
        i18n.getForm().setUsername(Text.get("security.login.form.username"));
        i18n.getForm().setPassword(Text.get("security.login.form.password"));
        i18n.getForm().setSubmit(Text.get("security.login.form.submit"));
        i18n.getForm().setForgotPassword(Text.get("security.login.form.forgotPassword"));
        i18n.getErrorMessage().setTitle(Text.get("security.login.error.title"));
        i18n.getErrorMessage().setMessage(Text.get("security.login.error.message"));
        i18n.getErrorMessage().setUsername(Text.get("security.login.error.username"));
        i18n.getErrorMessage().setPassword(Text.get("security.login.error.password"));
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
            showNotice(Text.get("security.login.throttled"));
            notice.addClassName("login-notice-error");
        } else if (parameters.containsKey("password-set")) {
            showNotice(Text.get("security.login.passwordSet"));
            // only typed into this browser's own field, never run: a link with another name does no harm
            parameters.get("password-set").stream().filter(name -> name.length() <= USERNAME_PREFILL_MAX)
                    .findFirst().ifPresent(this::fillInUsername);
        } else if (parameters.containsKey("expired")) {
            showNotice(Text.get("security.login.expired"));
        } else if (parameters.containsKey("logout")) {
            showNotice(Text.get("security.login.signedOut"));
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
