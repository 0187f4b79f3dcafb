package com.stride.base.db;

import com.stride.base.TrainingRun;
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
