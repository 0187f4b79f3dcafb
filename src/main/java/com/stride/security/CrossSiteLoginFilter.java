package com.stride.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in forms posted from another site (login CSRF: signing a runner into someone else's
 * account, so that their pain notes land there). Vaadin's login form carries no CSRF token, so the
 * browser's Sec-Fetch-Site and Origin headers decide. Requests without them (non-browser clients)
 * pass; they cannot carry a victim's browser along.
 */
class CrossSiteLoginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteLoginFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossSite(request)) {
            log.warn("Refused a sign-in posted from another site (Origin {})", request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            String originHost = URI.create(origin).getHost();
            return originHost == null || !originHost.equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
