package com.stride.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused sign-in goes back to the sign-in page; a right password of an account with a second
 * factor goes on to the code page instead, still signed out, with the sign-in pending in a session
 * of its own (a new session id).
 */
class TwoStepFailureHandler implements AuthenticationFailureHandler {

    static final String TWO_STEP_PATH = "/two-step";

    private final LoginGuard guard;
    private final Clock clock;
    private final AuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler("/login?error");

    TwoStepFailureHandler(LoginGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.removeAttribute(PendingSignIns.ATTRIBUTE);
        }
        if (!(exception instanceof SecondFactorRequiredException secondFactor)) {
            if (request.getAttribute(LoginThrottleFilter.TICKET) instanceof Long ticket) {
                guard.confirm(ticket);
            }
            refused.onAuthenticationFailure(request, response, exception);
            return;
        }
        // the password was right: it is not a failure (its code is counted on its own)
        if (request.getAttribute(LoginThrottleFilter.TICKET) instanceof Long ticket) {
            guard.forgive(ticket);
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        PendingSignIns.start(session, new PendingSignIn(secondFactor.userId(), secondFactor.username(),
                clock.instant(), 0));
        response.sendRedirect(request.getContextPath() + TWO_STEP_PATH);
    }
}
