package com.stride.base.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts a real PostgreSQL (zonky's packaged binaries) when no external database is configured,
 * so that {@code ./mvnw spring-boot:run} needs no setup. The library is an optional dependency:
 * the production jar does not contain it, and there this configuration never loads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String SUPERUSER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfMissing(postgres, properties.database());
        log.info("Embedded PostgreSQL serves {} from {}",
                postgres.getJdbcUrl(SUPERUSER, properties.database()), dataDir);
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + properties.database());
        dataSource.setUsername(SUPERUSER);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe embedded database name: " + database);
        }
        DataSource admin = postgres.getPostgresDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(admin);
        Integer existing = jdbc.queryForObject(
                "select count(*) from pg_database where datname = ?", Integer.class, database);
        if (existing == null || existing == 0) {
            jdbc.execute("create database " + database);
        }
    }
}
