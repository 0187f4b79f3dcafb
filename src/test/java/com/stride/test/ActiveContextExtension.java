package com.stride.test;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Test hygiene for every Spring test class:
 * <ul>
 *   <li>before the class, the clock is back at the real time and the database goes back to the
 *   state right after start-up;</li>
 *   <li>before each test, the clock is back at the real time, the test's application context is the
 *   one the shared helpers use ({@link TestApplication}), and Spring Security's global context
 *   holder is the one of this context. Each started context installs its own (Vaadin's) strategy
 *   globally, so with several cached contexts in one JVM the last one started would otherwise win,
 *   and a sign-in made by a test would be invisible to the services of its own context;</li>
 *   <li>then, for a {@link FreshDatabase} class, the database goes back to that state again, the test
 *   is signed in as its {@link SignedInAs} account, if it names one, and after it everyone is
 *   signed out.</li>
 * </ul>
 */
public class ActiveContextExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        // a class's own set-up (@BeforeAll) runs on the real time too, whatever the last test did
        TestClock.reset();
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        restore(application);
        align(application);
    }

    /** The database as it started, and no clinic zone remembered from before. */
    private static void restore(ApplicationContext application) {
        DatabaseSnapshot.restore(application.getBean(DataSource.class));
        application.getBean(com.stride.clinic.ClinicCalendar.class).reloadAll();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestClock.reset();
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        align(application);
        if (context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, FreshDatabase.class))
                .isPresent()) {
            restore(application);
        }
        signedInAs(context.getRequiredTestMethod())
                .or(() -> context.getTestClass().flatMap(ActiveContextExtension::signedInAs))
                .ifPresent(SignIn::as);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SignIn.out();
    }

    private static Optional<String> signedInAs(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, SignedInAs.class).map(SignedInAs::value);
    }

    private static void align(ApplicationContext application) {
        TestApplication.use(application);
        application.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
