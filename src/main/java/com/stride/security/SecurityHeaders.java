package com.stride.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every page and request gets. Each allowance in the policy below is one
 * that Vaadin Flow needs; see docs/decisions/2026-12-03-security-hardening.md.
 */
final class SecurityHeaders {

    /**
     * <ul>
     * <li>{@code script-src 'unsafe-inline'}: Flow's bootstrap page carries its first UI state in an
     * inline script. {@code 'unsafe-eval'}: Flow runs server-sent JavaScript (executeJs, property
     * bindings) through {@code new Function}. Nothing is loaded from another origin.</li>
     * <li>{@code style-src 'unsafe-inline'}: components and Flow's Style API set {@code style}
     * attributes, and Lumo injects {@code <style>} elements.</li>
     * <li>{@code img-src data: blob:}: Lumo's icons and the upload preview.</li>
     * </ul>
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:", // literal: a policy directive
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-src 'none'",
            "frame-ancestors 'none'");

    /** No feature of the app uses these; a page that asks for them is not ours. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()",
            "bluetooth=()", "hid=()", "magnetometer=()", "gyroscope=()", "accelerometer=()",
            "display-capture=()", "browsing-topics=()");

    /** One year; only sent on HTTPS requests (Spring Security's writer checks request.isSecure()). */
    static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.addObjectPostProcessor(writeEagerly()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // one-time links carry their token in the path: never send it to another site
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true))
                .frameOptions(frames -> frames.deny())
                .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                .crossOriginResourcePolicy(corp -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN)));
    }

    /**
     * Vaadin serves its pages through a forward to its servlet, and headers written only when the
     * response is committed never reached them: write them before the chain runs.
     */
    private static ObjectPostProcessor<HeaderWriterFilter> writeEagerly() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }
}
