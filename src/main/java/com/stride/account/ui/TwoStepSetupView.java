package com.stride.account.ui;

import com.stride.account.TwoStepEnrolment;
import com.stride.account.TwoStepService;
import com.stride.account.TwoStepStatus;
import com.stride.base.InvalidInputException;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A PT or admin turns two-step sign-in on (scan the QR code, confirm a code, keep the recovery
 * codes) or off. When the clinic requires it, staff who have not set it up land here first.
 */
@Route("account/two-step")
@PageTitle("Two-step sign-in · Stride")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class TwoStepSetupView extends Main implements BeforeEnterObserver {

    static final String RECOVERY_LEFT = "recovery-left";

    private final TwoStepService twoStep;
    private final Div content = new Div();

    TwoStepSetupView(TwoStepService twoStep) {
        this.twoStep = twoStep;
        addClassNames("two-step-setup-view", "page");
        content.addClassName("two-step-setup");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // only a number is shown: the address is anyone's to write
        event.getLocation().getQueryParameters().getSingleParameter(RECOVERY_LEFT)
                .filter(left -> left.matches("\\d{1,2}"))
                .ifPresent(left -> Notices.info("You signed in with a recovery code; " + Integer.parseInt(left)
                        + " are left. When few are left, ask your clinic admin to reset two-step sign-in, "
                        + "then set it up again for new codes."));
        show();
    }

    private void show() {
        TwoStepStatus status = twoStep.status();
        content.removeAll();
        content.add(new H2("Two-step sign-in"));
        if (status.enabled()) {
            showEnabled(status);
        } else {
            showSetup(status);
        }
    }

    private void showEnabled(TwoStepStatus status) {
        Paragraph on = new Paragraph("Two-step sign-in is on. After your password, Stride asks for the code "
                + "your authenticator app shows.");
        on.addClassName("two-step-on");
        content.add(on, new Paragraph(status.recoveryCodesLeft() + " of your recovery codes are unused."));
        if (status.requiredByClinic()) {
            content.add(new Paragraph("Your clinic requires two-step sign-in, so it cannot be turned off. "
                    + "Lost your phone? Your clinic admin can reset it."));
            return;
        }
        TextField code = codeField("Code from your app, or a recovery code");
        FieldErrors errors = new FieldErrors().bind("code", code);
        Button off = new Button("Turn off two-step sign-in", click -> {
            try {
                twoStep.disable(code.getValue());
                Notices.success("Two-step sign-in is off. Your other sessions were signed out.");
                show();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        content.add(new H3("Turn it off"), code, off);
    }

    private void showSetup(TwoStepStatus status) {
        CurrentUser user = Caller.current().orElseThrow();
        if (status.requiredByClinic() || user.twoStepDue()) {
            Paragraph required = new Paragraph("Your clinic requires two-step sign-in for PTs and admins. "
                    + "Set it up now to go on.");
            required.addClassName("two-step-required");
            content.add(required);
        } else {
            content.add(new Paragraph("A second step keeps your runners' health data safe even if someone "
                    + "learns your password: after it, Stride asks for a code from an app on your phone."));
        }
        TwoStepEnrolment enrolment = twoStep.startEnrolment();
        TextField code = codeField("6-digit code from the app");
        FieldErrors errors = new FieldErrors().bind("code", code);
        Button on = new Button("Turn on two-step sign-in", click -> {
            try {
                showRecoveryCodes(twoStep.confirmEnrolment(enrolment, code.getValue()));
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        on.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span key = new Span(enrolment.secretForTyping());
        key.addClassName("two-step-key");
        OrderedList steps = new OrderedList(
                new ListItem("Install an authenticator app on your phone, if you have none "
                        + "(for example Google Authenticator, Microsoft Authenticator or 1Password)."),
                new ListItem(new Span("In the app, add an account and scan this code:"),
                        QrCodeImage.of(enrolment.uri(), "QR code to add Stride to your authenticator app"),
                        onThisPhone(enrolment),
                        new Paragraph(new Span("Cannot scan it? Type this key instead: "), key)),
                new ListItem(new Span("Enter the code the app shows for Stride:"), code, on));
        steps.addClassName("two-step-steps");
        content.add(steps);
    }

    private void showRecoveryCodes(List<String> codes) {
        content.removeAll();
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        Button done = new Button("I have saved my recovery codes", click -> show());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H2("Two-step sign-in is on"),
                new Paragraph("Keep these recovery codes somewhere safe, away from your phone: print them or "
                        + "store them in a password manager. Each one signs you in once if you lose your phone. "
                        + "They are shown only now."),
                list, done);
        Notices.success("Two-step sign-in is on. Your other sessions were signed out.");
    }

    /** Setting it up on the phone itself: the app opens from the same address the QR code holds. */
    private static Anchor onThisPhone(TwoStepEnrolment enrolment) {
        Anchor open = new Anchor();
        open.setText("On this phone? Add Stride to your authenticator app");
        // otpauth: is no scheme Vaadin allows by default; this address is built by TwoStepService alone
        open.setUnsafeHref(enrolment.uri());
        open.addClassName("two-step-open-app");
        return open;
    }

    private static TextField codeField(String label) {
        TextField code = new TextField(label);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.setRequiredIndicatorVisible(true);
        code.addClassName("two-step-code");
        return code;
    }
}
