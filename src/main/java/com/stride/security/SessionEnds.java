package com.stride.security;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * How a session's end is told apart when the container destroys it: whoever ends a signed-in
 * session on purpose says why first; a session that ends without a reason has timed out.
 */
final class SessionEnds {

    static final String REASON = SessionEnds.class.getName() + ".reason";
    static final String SIGNED_IN_AT = SessionEnds.class.getName() + ".signedInAt";

    private SessionEnds() {
    }

    static void end(HttpSession session, SessionEnd reason) {
        try {
            session.setAttribute(REASON, reason);
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // ended already, for its own reason
        }
    }

    static void mark(HttpSession session, SessionEnd reason) {
        try {
            if (session.getAttribute(REASON) == null) {
                session.setAttribute(REASON, reason);
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // nothing left to mark
        }
    }

    /** The signed-in person of a session being destroyed, with why it ends; null for an anonymous one. */
    static @Nullable SessionEnded ended(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(context instanceof SecurityContext security) || security.getAuthentication() == null
                || !(security.getAuthentication().getPrincipal() instanceof CurrentUser user)) {
            return null;
        }
        SessionEnd reason = session.getAttribute(REASON) instanceof SessionEnd given ? given : SessionEnd.TIMED_OUT;
        return new SessionEnded(user.userId(), user.clinicIdOrNull(), reason);
    }
}
