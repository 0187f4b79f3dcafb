package com.stride.audit;

import com.stride.security.CurrentUser;
import com.stride.security.SessionEnded;
import com.stride.security.SignInAwaitingCode;
import com.stride.security.NavigationDenied;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's and the router's refusals and sign-outs into audit entries. Refusals of
 * anonymous visitors are not recorded: every visit before signing in is one (the sign-in page
 * follows), and they say nothing about a person.
 */
@Component
class SecurityAuditListener {

    private final AuditLog audit;

    SecurityAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser) {
            audit.denied(event.getSource() instanceof HttpServletRequest ? "route" : "service", null,
                    describe(event.getSource()));
        }
    }

    @EventListener
    void onNavigationDenied(NavigationDenied event) {
        audit.denied("route", null, event.path());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            audit.event(user.userId(), user.clinicIdOrNull(), AuditAction.LOGOUT, "user", user.userId(), null, null);
        }
    }

    @EventListener
    void onSessionEnded(SessionEnded event) {
        AuditAction action = switch (event.reason()) {
            case TIMED_OUT -> AuditAction.SESSION_TIMED_OUT;
            case LIFETIME_REACHED -> AuditAction.SESSION_LIFETIME_REACHED;
            case REVOKED -> AuditAction.SESSION_REVOKED;
            case SIGNED_OUT -> AuditAction.LOGOUT;
        };
        audit.event(event.userId(), event.clinicId(), action, "user", event.userId(), null, null);
    }

    /** The strongest sign of a stolen password: it was right, and no code followed. */
    @EventListener
    void onAwaitingCode(SignInAwaitingCode event) {
        audit.event(event.userId(), event.clinicId(), AuditAction.LOGIN_AWAITING_CODE, "user", event.userId(), null,
                null);
    }

    private static String describe(Object source) {
        if (source instanceof MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        if (source instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return source == null ? null : source.getClass().getSimpleName();
    }
}
