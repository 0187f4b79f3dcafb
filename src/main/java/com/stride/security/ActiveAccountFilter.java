package com.stride.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was deactivated while signed in, on its very next request.
 * One primary-key lookup per authenticated request; it works across several app instances, which
 * an in-memory session registry would not.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ActiveAccountFilter.class);

    static final String UNAVAILABLE = "Stride is unavailable for a moment. Please try again shortly; nothing you "
            + "saved is lost.";

    private final AccountStatusLookup accounts;

    ActiveAccountFilter(AccountStatusLookup accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            Boolean active = activeOrUnknown(user);
            if (active == null) {
                unavailable(response);
                return;
            }
            if (!active) {
                log.info("Ending the session of deactivated account {}", user.userId());
                contextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the account may go on, or null when the database cannot say (it restarts, the
     * network drops). Then the request is refused with 503 and a short message instead of a 500:
     * Flow's client takes it for a lost connection, says so and sends the same message again.
     */
    private @Nullable Boolean activeOrUnknown(CurrentUser user) {
        try {
            return accounts.isActive(user.userId());
        } catch (DataAccessResourceFailureException | TransientDataAccessException
                 | RecoverableDataAccessException e) {
            // the database is unreachable or busy for now; any other failure (a broken query) stays a 500
            log.warn("Account check unavailable: {}", e.getMessage());
            return null;
        }
    }

    private static void unavailable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(UNAVAILABLE);
    }
}
