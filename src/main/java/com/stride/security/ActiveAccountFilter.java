package com.stride.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final AccountStatusLookup accounts;

    ActiveAccountFilter(AccountStatusLookup accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && !accounts.isActive(user.userId())) {
            log.info("Ending the session of deactivated account {}", user.userId());
            contextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
