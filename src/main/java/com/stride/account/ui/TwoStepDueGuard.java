package com.stride.account.ui;

import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When the clinic requires two-step sign-in, a PT or admin who has not set it up goes to its setup
 * page before any other page (changing the password and signing out still work).
 */
@Component
class TwoStepDueGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(TwoStepDueGuard::check));
    }

    private static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == TwoStepSetupView.class || target == ChangePasswordView.class) {
            return;
        }
        if (Caller.current().map(CurrentUser::twoStepDue).orElse(false)) {
            event.rerouteTo(TwoStepSetupView.class);
        }
    }
}
