package com.stride.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** A check of the sign-in form's POST; every other request passes untouched. */
abstract class LoginPostFilter extends OncePerRequestFilter {

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!refused(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /** Answers a refused sign-in itself and returns true; false lets it go on. */
    protected abstract boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
