package com.stride.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The load test's own PostgreSQL (the embedded binaries), and what it reads back from it. */
final class LoadDatabase {

    private LoadDatabase() {
    }

    static long postmasterPid(Path dataDir) {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static EmbeddedPostgres startPostgres(Path dataDir, int port, boolean clean) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(clean).setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100").setServerConfig("shared_buffers", "512MB");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The server stopped (a fast shutdown: open connections are cut) and started again on its data and port. */
    static void restartPostgres(AtomicReference<EmbeddedPostgres> database,
                                        Path dataDir, Duration after, List<String> notes) {
        try {
            Thread.sleep(after.toMillis());
            int port = database.get().getPort();
            Instant down = Instant.now();
            database.get().close();
            database.set(startPostgres(dataDir, port, false));
            notes.add("PostgreSQL restarted (stopped, then started again on its data) " + after.toSeconds()
                    + " s into the run; it answered again after " + Duration.between(down, Instant.now()).toMillis()
                    + " ms");
        } catch (IOException | InterruptedException e) {
            notes.add("The restart of PostgreSQL failed: " + e);
        }
    }

    /** Every tick a runner saw confirmed is in the database (a run with -Dload.undo=false). */
    static String acknowledgedInDatabase(String jdbcUrl, LoadRun run) throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement sql = db.prepareStatement("""
                     select u.username, count(*) from app_user u
                     join session_log s on s.runner_id = u.id and s.session_date = ?
                     join exercise_log e on e.session_id = s.id
                     group by u.username""")) {
            // the app runs on this machine and in its zone: its today is the driver's
            sql.setObject(1, LocalDate.now());
            try (var rows = sql.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        int acknowledged = 0;
        int missing = 0;
        for (Journeys.User user : run.users()) {
            if (user instanceof Journeys.Runner runner) {
                acknowledged += runner.acknowledgedTicks;
                missing += Math.max(0, runner.acknowledgedTicks - stored.getOrDefault(runner.username, 0));
            }
        }
        return "Acknowledged ticks: " + acknowledged + "; missing from the database afterwards: " + missing;
    }

    static String rows(String jdbcUrl) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement sql = db.createStatement();
             var result = sql.executeQuery("select (select count(*) from session_log), (select count(*) from exercise_log)")) {
            result.next();
            return String.format(Locale.ROOT, "%,d session rows and %,d exercise entries", result.getLong(1),
                    result.getLong(2));
        }
    }
}
