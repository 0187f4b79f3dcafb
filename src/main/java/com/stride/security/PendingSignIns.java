package com.stride.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The current request's {@link PendingSignIn}, if its session holds one. */
public final class PendingSignIns {

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = PendingSignIns.class.getName();

    private PendingSignIns() {
    }

    public static Optional<PendingSignIn> current() {
        HttpSession session = session();
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending
                ? Optional.of(pending) : Optional.empty();
    }

    /** Counts a wrong code; returns the sign-in as it now is, or empty when it had too many and is gone. */
    public static Optional<PendingSignIn> wrongCode() {
        return current().flatMap(pending -> {
            PendingSignIn next = pending.afterWrongCode();
            if (next.wrongCodes() >= PendingSignIn.MAX_WRONG_CODES) {
                clear();
                return Optional.empty();
            }
            HttpSession session = session();
            if (session != null) {
                session.setAttribute(ATTRIBUTE, next);
            }
            return Optional.of(next);
        });
    }

    public static void clear() {
        HttpSession session = session();
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    static void start(HttpSession session, PendingSignIn pending) {
        session.setAttribute(ATTRIBUTE, pending);
    }

    private static @Nullable HttpSession session() {
        HttpServletRequest request = SignedInSessions.currentRequest();
        return request == null ? null : request.getSession(false);
    }
}
