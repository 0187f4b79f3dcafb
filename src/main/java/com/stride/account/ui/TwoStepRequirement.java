package com.stride.account.ui;

import com.stride.account.AccountAdminService;
import com.stride.base.InvalidInputException;
import com.stride.base.ui.Notices;
import com.vaadin.flow.component.checkbox.Checkbox;

/** The clinic-wide switch an admin uses to require two-step sign-in of every PT and admin. */
final class TwoStepRequirement extends Checkbox {

    TwoStepRequirement(AccountAdminService accounts) {
        super("Require two-step sign-in for every PT and admin");
        addClassName("two-step-requirement");
        setValue(accounts.clinicRequiresTwoStep());
        setTooltipText("Runners are never asked for it");
        addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            try {
                accounts.requireTwoStep(event.getValue());
                Notices.success(event.getValue()
                        ? "Two-step sign-in is now required. PTs and admins without it set it up at their next sign-in."
                        : "Two-step sign-in is no longer required.");
            } catch (InvalidInputException e) {
                setValue(event.getOldValue());
                e.fieldErrors().values().forEach(Notices::error);
            }
        });
    }
}
