package com.stride.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With a public address set, every request reports that address as its scheme, host and port, so
 * that whatever builds an absolute URL from the request (Spring Security's login redirect, Vaadin,
 * links in emails) uses it and never a Host or X-Forwarded-Host header someone sent.
 */
class PublicAddressFilter extends OncePerRequestFilter {

    private final PublicAddress address;

    PublicAddressFilter(PublicAddress address) {
        this.address = address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(address.isSet() ? new AtPublicAddress(request, address) : request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static final class AtPublicAddress extends HttpServletRequestWrapper {

        private final PublicAddress address;

        AtPublicAddress(HttpServletRequest request, PublicAddress address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getScheme() {
            return address.scheme();
        }

        @Override
        public String getServerName() {
            return address.host();
        }

        @Override
        public int getServerPort() {
            return address.port();
        }

        @Override
        public boolean isSecure() {
            return "https".equals(address.scheme());
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(address.origin()).append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            // what a proxy or a client says the host is no longer counts
            return "Host".equalsIgnoreCase(name) ? hostHeader() : super.getHeader(name); // literal: header name
        }

        private String hostHeader() {
            String origin = address.origin();
            return origin.substring(origin.indexOf("://") + 3);
        }
    }
}
