package com.stride.test;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Puts the test database back to the state it had right after the first application start of the
 * run (migrations, stock data, demo data). The first call copies every table into a side schema;
 * later calls truncate the tables and copy the rows back. Milliseconds, instead of re-creating
 * the database or running the migrations again.
 */
public final class DatabaseSnapshot {

    private static final String SNAPSHOT_SCHEMA = "test_snapshot";
    private static List<String> restoreStatements;

    private DatabaseSnapshot() {
    }

    public static synchronized void restore(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (restoreStatements == null) {
            restoreStatements = take(jdbc);
            return;
        }
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            // Replica mode skips triggers (e.g. append-only guards) and FK checks while rows go back.
            jdbc.execute("set local session_replication_role = replica");
            restoreStatements.forEach(jdbc::execute);
        });
    }

    private static List<String> take(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("""
                select tablename from pg_tables
                where schemaname = 'public' and tablename <> 'flyway_schema_history'
                order by tablename""", String.class);
        jdbc.execute("drop schema if exists " + SNAPSHOT_SCHEMA + " cascade");
        jdbc.execute("create schema " + SNAPSHOT_SCHEMA);

        List<String> statements = new ArrayList<>();
        if (!tables.isEmpty()) {
            statements.add("truncate table " + String.join(", ", tables.stream().map(t -> "public." + q(t)).toList()));
        }
        for (String table : tables) {
            jdbc.execute("create table " + SNAPSHOT_SCHEMA + "." + q(table) + " as table public." + q(table));
            List<String> columns = jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_schema = 'public' and table_name = ? and is_generated = 'NEVER'
                    order by ordinal_position""", String.class, table);
            String columnList = String.join(", ", columns.stream().map(DatabaseSnapshot::q).toList());
            statements.add("insert into public." + q(table) + " (" + columnList + ") overriding system value select "
                    + columnList + " from " + SNAPSHOT_SCHEMA + "." + q(table));
        }
        jdbc.query("select sequencename, last_value from pg_sequences where schemaname = 'public'", row -> {
            String sequence = "public." + q(row.getString(1));
            long lastValue = row.getLong(2);
            statements.add(row.wasNull()
                    ? "alter sequence " + sequence + " restart"
                    : "select setval('" + sequence.replace("'", "''") + "', " + lastValue + ", true)");
        });
        return List.copyOf(statements);
    }

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
