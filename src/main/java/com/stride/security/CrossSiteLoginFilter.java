package com.stride.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses sign-in forms posted from anywhere but the app itself (login CSRF: signing a runner into
 * someone else's account, so that their pain notes land there). Vaadin's login form carries no CSRF
 * token, so the browser's Sec-Fetch-Site and Origin headers decide: the first must say
 * same-origin, the second must be exactly the app's origin (scheme, host and port: the public
 * address when one is set) unless it is the "null" that browsers send under our no-referrer policy. A page on the same host at another port or scheme is another origin.
 * Requests with neither header (non-browser clients) pass; they cannot carry a victim's browser along.
 */
class CrossSiteLoginFilter extends LoginPostFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteLoginFilter.class);

    @Override
    protected boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isSameOrigin(request)) {
            return false;
        }
        log.warn("Refused a sign-in posted from another origin (Origin {}, Sec-Fetch-Site {})",
                request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return true;
    }

    /** The request runs behind {@link PublicAddressFilter}, so its scheme, host and port are the app's. */
    static boolean isSameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site"); // literal: header name
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return false;
        }
        String origin = request.getHeader("Origin"); // literal: header name
        if (origin == null) {
            return true;
        }
        if (origin.strip().equals("null")) {
            // Under Referrer-Policy: no-referrer a browser sends "Origin: null" even for its own
            // form; then Sec-Fetch-Site (which no page can set) has already said same-origin. A
            // browser without it gets no benefit of the doubt.
            return fetchSite != null;
        }
        String expected = PublicAddress.origin(request.getScheme(), request.getServerName(), request.getServerPort());
        try {
            URI parsed = URI.create(origin.strip());
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return false;
            }
            return PublicAddress.origin(parsed.getScheme(), parsed.getHost(), parsed.getPort())
                    .equals(expected.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
