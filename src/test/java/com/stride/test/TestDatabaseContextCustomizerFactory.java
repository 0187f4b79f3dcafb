package com.stride.test;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestDatabase}, the way production points the app at
 * an external database: through spring.datasource.url. The app's own embedded database then
 * stays off. The application's clock becomes {@link TestClock}. Registered in
 * META-INF/spring.factories.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                    "spring.datasource.url", TestDatabase.jdbcUrl(),
                    "spring.datasource.username", TestDatabase.USER,
                    "spring.datasource.password", "")));
            // Replaces the app's system clock (which yields to an existing Clock bean).
            context.getBeanFactory().registerSingleton("testClock", TestClock.INSTANCE);
        }

        // Every customizer is the same, so Spring's context cache may share contexts between classes.
        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
