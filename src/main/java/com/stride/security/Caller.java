package com.stride.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling a service. Services check the caller themselves (role, clinic, own id): hiding a
 * button is not access control.
 */
public final class Caller {

    private Caller() {
    }

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in caller, who must have one of the given roles. */
    public static CurrentUser require(Role... allowed) {
        CurrentUser user = current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (Arrays.stream(allowed).noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Role " + user.role() + " may not do this");
        }
        return user;
    }
}
