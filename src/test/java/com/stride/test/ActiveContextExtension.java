package com.stride.test;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Test hygiene for every Spring test class:
 * <ul>
 *   <li>before the class, the database goes back to the state right after start-up;</li>
 *   <li>before each test, the clock is back at the real time, and Spring Security's global context holder is the one of this test's
 *   application context. Each started context installs its own (Vaadin's) strategy globally, so
 *   with several cached contexts in one JVM the last one started would otherwise win, and a
 *   sign-in made by a test would be invisible to the services of its own context.</li>
 * </ul>
 */
public class ActiveContextExtension implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        DatabaseSnapshot.restore(application.getBean(DataSource.class));
        align(application);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestClock.reset();
        align(SpringExtension.getApplicationContext(context));
    }

    private static void align(ApplicationContext application) {
        application.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
