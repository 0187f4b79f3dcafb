package com.stride.test;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application context of the test that is running now, for the static helpers tests share
 * ({@link SignIn}, {@link #userId}). {@link ActiveContextExtension} keeps it current.
 */
public final class TestApplication {

    private static volatile ApplicationContext current;

    private TestApplication() {
    }

    static void use(ApplicationContext application) {
        current = application;
    }

    static ApplicationContext current() {
        if (current == null) {
            throw new IllegalStateException("No test application context: is the test an @IntegrationTest?");
        }
        return current;
    }

    /** The id of an account, by username. */
    public static long userId(String username) {
        return current().getBean(JdbcTemplate.class)
                .queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
