package com.stride.base.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.TrainingRun;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class MigrationConfigurationTest {

    /** Nothing listens on port 1: a migration that asks this database fails at once. */
    private final Flyway unreachable = Flyway.configure()
            .dataSource("jdbc:postgresql://127.0.0.1:1/none", "nobody", "none").load();

    @Test
    void theTrainingRunNeverAsksTheDatabase() {
        MockEnvironment training = new MockEnvironment().withProperty(TrainingRun.PROPERTY, "true");

        assertThatCode(() -> new MigrationConfiguration().migrateUnlessTrainingRun(training).migrate(unreachable))
                .doesNotThrowAnyException();
    }

    @Test
    void everyOtherStartMigrates() {
        assertThatThrownBy(() -> new MigrationConfiguration().migrateUnlessTrainingRun(new MockEnvironment())
                .migrate(unreachable)).isInstanceOf(FlywayException.class);
    }
}
