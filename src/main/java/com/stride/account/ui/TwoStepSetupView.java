package com.stride.account.ui;

import com.stride.account.TwoStepEnrolment;
import com.stride.account.TwoStepService;
import com.stride.account.TwoStepStatus;
import com.stride.base.InvalidInputException;
import com.stride.i18n.Text;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.i18n.Titles;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A PT or admin turns two-step sign-in on (scan the QR code, confirm a code, keep the recovery
 * codes) or off. When the clinic requires it, staff who have not set it up land here first.
 */
@Route("account/two-step")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class TwoStepSetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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
                .ifPresent(left -> Notices.info(Text.get("account.twoStepSetup.recoveryUsed",
                        "count", Integer.parseInt(left))));
        show();
    }

    @Override
    public String getPageTitle() {
        return Titles.of("account.twoStepSetup.title");
    }

    private void show() {
        TwoStepStatus status = twoStep.status();
        content.removeAll();
        content.add(new H2(Text.get("account.twoStepSetup.heading")));
        if (status.enabled()) {
            showEnabled(status);
        } else {
            showSetup(status);
        }
    }

    private void showEnabled(TwoStepStatus status) {
        Paragraph on = new Paragraph(Text.get("account.twoStepSetup.on"));
        on.addClassName("two-step-on");
        content.add(on, new Paragraph(Text.get("account.twoStepSetup.codesLeft", "count", status.recoveryCodesLeft())));
        if (status.requiredByClinic()) {
            content.add(new Paragraph(Text.get("account.twoStepSetup.cannotTurnOff")));
            return;
        }
        TextField code = codeField(Text.get("account.twoStepSetup.offCode"));
        FieldErrors errors = new FieldErrors().bind("code", code);
        Button off = new Button(Text.get("account.twoStepSetup.turnOff"), click -> {
            try {
                twoStep.disable(code.getValue());
                Notices.success(Text.get("account.twoStepSetup.turnedOff"));
                show();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        content.add(new H3(Text.get("account.twoStepSetup.offHeading")), code, off);
    }

    private void showSetup(TwoStepStatus status) {
        CurrentUser user = Caller.current().orElseThrow();
        if (status.requiredByClinic() || user.twoStepDue()) {
            Paragraph required = new Paragraph(Text.get("account.twoStepSetup.required"));
            required.addClassName("two-step-required");
            content.add(required);
        } else {
            content.add(new Paragraph(Text.get("account.twoStepSetup.why")));
        }
        TwoStepEnrolment enrolment = twoStep.startEnrolment();
        TextField code = codeField(Text.get("account.twoStepSetup.onCode"));
        FieldErrors errors = new FieldErrors().bind("code", code);
        Button on = new Button(Text.get("account.twoStepSetup.turnOn"), click -> {
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
                new ListItem(Text.get("account.twoStepSetup.step.install")),
                new ListItem(new Span(Text.get("account.twoStepSetup.step.scan")),
                        QrCodeImage.of(enrolment.uri(), Text.get("account.twoStepSetup.qr")),
                        onThisPhone(enrolment),
                        new Paragraph(new Span(Text.get("account.twoStepSetup.step.type")), key)),
                new ListItem(new Span(Text.get("account.twoStepSetup.step.enter")), code, on));
        steps.addClassName("two-step-steps");
        content.add(steps);
    }

    private void showRecoveryCodes(List<String> codes) {
        content.removeAll();
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        Button done = new Button(Text.get("account.twoStepSetup.codesSaved"), click -> show());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(new H2(Text.get("account.twoStepSetup.onHeading")),
                new Paragraph(Text.get("account.twoStepSetup.keepCodes")),
                list, done);
        Notices.success(Text.get("account.twoStepSetup.turnedOn"));
    }

    /** Setting it up on the phone itself: the app opens from the same address the QR code holds. */
    private static Anchor onThisPhone(TwoStepEnrolment enrolment) {
        Anchor open = new Anchor();
        open.setText(Text.get("account.twoStepSetup.openApp"));
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
