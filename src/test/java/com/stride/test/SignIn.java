package com.stride.test;

import com.stride.security.RunAs;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Tests call services as a real account, the way a signed-in request would: {@code SignIn.as("pt.maya")}
 * for the rest of the test, {@code SignIn.as("pt.sam", () -> ...)} for one step. The accounts come
 * from the running test's application context; {@link ActiveContextExtension} signs out after each test.
 */
public final class SignIn {

    private SignIn() {
    }

    public static void as(String username) {
        UserDetails user = user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Does one step as another account, then goes back to whoever was signed in. */
    public static <T> T as(String username, Supplier<T> step) {
        return RunAs.user(user(username), step);
    }

    public static void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }

    public static void out() {
        SecurityContextHolder.clearContext();
        // Vaadin's holder strategy falls back to the context a sign-in saved in the session
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            vaadin.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
    }

    private static UserDetails user(String username) {
        return TestApplication.current().getBean(UserDetailsService.class).loadUserByUsername(username);
    }
}
