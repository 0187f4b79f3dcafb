package com.stride.account.ui;

import com.stride.account.AccountAdminService;
import com.stride.base.InvalidInputException;
import com.stride.i18n.Text;
import com.stride.base.ui.Notices;
import com.vaadin.flow.component.checkbox.Checkbox;

/** The clinic-wide switch an admin uses to require two-step sign-in of every PT and admin. */
final class TwoStepRequirement extends Checkbox {

    TwoStepRequirement(AccountAdminService accounts) {
        super(Text.get("account.twoStep.require.label"));
        addClassName("two-step-requirement");
        setValue(accounts.clinicRequiresTwoStep());
        setTooltipText(Text.get("account.twoStep.require.tooltip"));
        addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            try {
                accounts.requireTwoStep(event.getValue());
                Notices.success(Text.get(event.getValue() ? "account.twoStep.require.on"
                        : "account.twoStep.require.off"));
            } catch (InvalidInputException e) {
                setValue(event.getOldValue());
                e.fieldErrors().values().forEach(Notices::error);
            }
        });
    }
}
