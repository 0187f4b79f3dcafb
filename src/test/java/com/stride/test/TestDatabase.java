package com.stride.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL per test JVM, in a throw-away directory: started on first use, shared by
 * every Spring context of the run, stopped by zonky's shutdown hook. It never touches the
 * development database in .data/.
 */
public final class TestDatabase {

    static final String DATABASE = "stride_test";
    static final String USER = "postgres";

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            postgres = start();
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** A new, empty database in the same cluster, for tests that need a fresh install. */
    public static synchronized String createEmptyDatabase(String name) {
        jdbcUrl();
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres started = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("stride-test-pg"))
                    .setCleanDataDirectory(true)
                    // Durability is pointless for test data; these make resets and inserts faster.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            try (Connection connection = started.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + DATABASE);
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
    }
}
