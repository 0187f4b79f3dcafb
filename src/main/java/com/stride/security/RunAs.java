package com.stride.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Does some work as a given account, as if it had signed in, and puts back whoever was signed in
 * before. For the system acting through services with their checks (demo data) and for tests.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T user(UserDetails user, Supplier<T> work) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.setContext(previous);
        }
    }
}
