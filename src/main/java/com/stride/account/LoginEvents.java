package com.stride.account;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.security.CurrentUser;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every sign-in, good or bad: the audit entry, the last-login time, and a success clears the throttling count. */
@Component
class LoginEvents {

    private final AppUserRepository users;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    LoginEvents(AppUserRepository users, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    // One transaction, one connection: the audit entry joins it (a second connection per sign-in
    // deadlocked the pool under a burst of sign-ins).
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            users.recordLogin(user.userId(), clock.instant());
            throttle.clearUsername(user.getUsername());
            audit.event(user.userId(), user.clinicIdOrNull(), AuditAction.LOGIN_SUCCEEDED, "user", user.userId(),
                    null, address(event.getAuthentication()));
        }
    }

    // Each step has its own short transaction: a flood of failures holds one connection per request.
    // The throttle counted the attempt when it admitted it (LoginThrottle.admit); the failure
    // handler (security.TwoStepFailureHandler) confirms it as a failure.
    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = AppUser.normalizeUsername(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        // Only a username that exists is kept (as the account's id): a wrong one may be a password.
        var user = users.findByUsername(username);
        audit.event(user.map(AppUser::getId).orElse(null), user.map(AppUser::getClinicId).orElse(null),
                AuditAction.LOGIN_FAILED, user.isPresent() ? "user" : null, user.map(AppUser::getId).orElse(null),
                reason(event), address);
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getClass().getSimpleName()) {
            case "AuthenticationFailureBadCredentialsEvent" -> "wrong username or password"; // literal: audit detail
            case "AuthenticationFailureDisabledEvent" -> "account deactivated or password not set"; // literal: audit detail
            default -> "refused";
        };
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : AuditLog.clientAddress();
    }
}
