package com.stride.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Refuses a sign-in before its password is checked while its username or address is throttled,
 * so that even the right password does not get through. The same answer whether the account
 * exists or not. An admitted attempt counts as a failure until it succeeds.
 */
class LoginThrottleFilter extends LoginPostFilter {

    private final LoginGuard guard;

    LoginThrottleFilter(LoginGuard guard) {
        this.guard = guard;
    }

    /** The admitted attempt's ticket, for whoever learns that its password was right. */
    static final String TICKET = LoginThrottleFilter.class.getName() + ".ticket";

    @Override
    protected boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong ticket = guard.admit(request.getParameter("username"), request.getRemoteAddr());
        if (ticket.isPresent()) {
            request.setAttribute(TICKET, ticket.getAsLong());
            return false;
        }
        response.sendRedirect(request.getContextPath() + "/login?throttled");
        return true;
    }
}
