package com.stride.base.db;

import com.stride.base.InstallationDefaults;
import com.stride.base.TrainingRun;
import java.util.Map;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Flyway migrates when the app starts, except in the training run of the JDK AOT cache
 * (application-training.properties), which has no database. That is a property read at start and
 * not {@code spring.flyway.enabled}: the production jar runs Spring AOT, whose beans are fixed when
 * the jar is built, so a condition could no longer keep Flyway away
 * (docs/decisions/2026-12-02-spring-aot.md).
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    /** What V18 gives the clinics that exist when it runs (placeholders do not change checksums). */
    @Bean
    FlywayConfigurationCustomizer installationDefaultsForMigrations(Environment environment) {
        return configuration -> configuration.placeholders(Map.of("default_time_zone",
                InstallationDefaults.zone(environment.getProperty("stride.time-zone", "")).getId()));
    }

    @Bean
    FlywayMigrationStrategy migrateUnlessTrainingRun(Environment environment) {
        boolean trainingRun = environment.getProperty(TrainingRun.PROPERTY, Boolean.class, false);
        return flyway -> {
            if (!trainingRun) {
                flyway.migrate();
            }
        };
    }
}
