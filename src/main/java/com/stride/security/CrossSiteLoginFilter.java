package com.stride.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses sign-in forms posted from another site (login CSRF: signing a runner into someone else's
 * account, so that their pain notes land there). Vaadin's login form carries no CSRF token, so the
 * browser's Sec-Fetch-Site and Origin headers decide. Requests without them (non-browser clients)
 * pass; they cannot carry a victim's browser along.
 */
class CrossSiteLoginFilter extends LoginPostFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteLoginFilter.class);

    @Override
    protected boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isCrossSite(request)) {
            return false;
        }
        log.warn("Refused a sign-in posted from another site (Origin {})", request.getHeader("Origin"));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return true;
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
