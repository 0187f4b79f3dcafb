package com.stride.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a sign-in before its password is checked while its username or address is throttled,
 * so that even the right password does not get through. The same answer whether the account
 * exists or not.
 */
class LoginThrottleFilter extends LoginPostFilter {

    private final LoginGuard guard;

    LoginThrottleFilter(LoginGuard guard) {
        this.guard = guard;
    }

    @Override
    protected boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!guard.refuse(request.getParameter("username"), request.getRemoteAddr())) {
            return false;
        }
        response.sendRedirect(request.getContextPath() + "/login?throttled");
        return true;
    }
}
