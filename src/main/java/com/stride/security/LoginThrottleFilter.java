package com.stride.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses a sign-in before its password is checked while its username or address is throttled,
 * so that even the right password does not get through. The same answer whether the account
 * exists or not. An admitted attempt is counted as pending until its password is decided.
 */
class LoginThrottleFilter extends LoginPostFilter {

    private final LoginGuard guard;

    LoginThrottleFilter(LoginGuard guard) {
        this.guard = guard;
    }

    /** The admitted attempt, for whoever learns whether its password was right. */
    static final String ADMISSION = LoginThrottleFilter.class.getName() + ".admission";

    @Override
    protected boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LoginAdmission> admission = guard.admit(request.getParameter("username"), request.getRemoteAddr());
        if (admission.isPresent()) {
            request.setAttribute(ADMISSION, admission.get());
            return false;
        }
        response.sendRedirect(request.getContextPath() + "/login?throttled");
        return true;
    }
}
