package com.stride.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused sign-in goes back to the sign-in page; a right password of an account with a second
 * factor goes on to the code page instead, still signed out, with the sign-in pending in a session
 * of its own (a new session id). While such an account's username is paused, a wrong password goes
 * to the code page too (a decoy no code passes), so that the pause tests no passwords.
 */
class TwoStepFailureHandler implements AuthenticationFailureHandler {

    static final String TWO_STEP_PATH = "/two-step";

    private final LoginGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler("/login?error");

    TwoStepFailureHandler(LoginGuard guard, Clock clock, ApplicationEventPublisher events) {
        this.guard = guard;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.removeAttribute(PendingSignIns.ATTRIBUTE);
        }
        LoginAdmission admission = request.getAttribute(LoginThrottleFilter.ADMISSION) instanceof LoginAdmission given
                ? given : null;
        if (exception instanceof SecondFactorRequiredException secondFactor) {
            // the password was right: it is not a failure (its code is counted on its own)
            if (admission != null) {
                guard.forgive(admission.ticket());
            }
            events.publishEvent(new SignInAwaitingCode(secondFactor.userId(), secondFactor.clinicId()));
            toCodePage(request, response, new PendingSignIn(secondFactor.userId(), secondFactor.username(),
                    clock.instant(), 0, secondFactor.sessionEpoch(), false));
            return;
        }
        if (admission != null) {
            guard.confirm(admission.ticket());
            if (admission.decoyOnWrongPassword() && admission.userId() != null
                    && exception instanceof BadCredentialsException) {
                toCodePage(request, response, new PendingSignIn(admission.userId(),
                        String.valueOf(request.getParameter("username")), clock.instant(), 0, -1, true));
                return;
            }
        }
        refused.onAuthenticationFailure(request, response, exception);
    }

    private static void toCodePage(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending)
            throws IOException {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        PendingSignIns.start(session, pending);
        response.sendRedirect(request.getContextPath() + TWO_STEP_PATH);
    }
}
