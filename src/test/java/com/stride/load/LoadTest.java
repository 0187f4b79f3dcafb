package com.stride.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load test: starts its own PostgreSQL and the production jar (or uses a running app),
 * generates the load clinic, drives it with {@link LoadRun} and writes a report with p50/p95/p99
 * per interaction, throughput, errors, the CPU of the app and of PostgreSQL, and the heap each
 * signed-in session holds. Run it with
 * {@code ./mvnw -DskipTests package exec:java@load -Dload.sessions=500}; README lists the settings.
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("load.sessions", 50);
        int runners = Integer.getInteger("load.runners", Math.max(1000, sessions));
        // one PT account per PT session, so that no two sessions edit the same plan at once
        int therapists = Integer.getInteger("load.therapists", Math.max(Math.max(2, sessions / 10), runners / 200));
        int days = Integer.getInteger("load.days", 30);
        Duration duration = Duration.parse("PT" + System.getProperty("load.duration", "60s"));
        Duration ramp = Duration.parse("PT" + System.getProperty("load.ramp", "30s"));
        Duration warmup = Duration.parse("PT" + System.getProperty("load.warmup", "20s"));
        Path out = Path.of(System.getProperty("load.out", "target/load"));
        Files.createDirectories(out);
        String jar = System.getProperty("load.jar", "target/stride-0.1.0-SNAPSHOT.jar");
        String heap = System.getProperty("load.heap", "1g");
        // -Dload.mix=therapists: PT sessions only (the data-scale run of the runners list and runner pages)
        boolean therapistsOnly = System.getProperty("load.mix", "").equals("therapists");
        // -Dload.undo=false: runners keep their ticks, so that the database can be compared with them
        boolean undo = !System.getProperty("load.undo", "true").equals("false");
        // -Dload.restart-db-after=30s: PostgreSQL is restarted that long into the measured window
        String restartAfter = System.getProperty("load.restart-db-after");

        List<String> notes = new ArrayList<>();
        String url = System.getProperty("load.url");
        if (url != null) {
            // Against an app that is already running (for example two instances behind a proxy).
            String generateInto = System.getProperty("load.generate-into");
            if (generateInto != null) {
                LoadData.generate(generateInto, System.getProperty("load.db-user", "postgres"),
                        System.getProperty("load.db-password", "postgres"), runners, therapists, days);
            }
            LoadRun run = new LoadRun(new LoadRun.Settings(url, sessions, runners, therapists, ramp, duration, warmup,
                    1000, 2000, true, therapistsOnly)).run(starting -> { });
            String report = LoadReport.markdown(run, run.measured().toMillis() / 1000.0, 0, 0, notes, Instant.now());
            Files.writeString(out.resolve("report-external.md"), report);
            System.out.println(report);
            return;
        }
        Path pgDir = out.resolve("postgres");
        AppProcesses.deleteRecursively(pgDir);
        AtomicReference<EmbeddedPostgres> database =
                new AtomicReference<>(LoadDatabase.startPostgres(pgDir, 0, false));
        try (AutoCloseable stopDatabase = () -> database.get().close()) {
            EmbeddedPostgres postgres = database.get();
            try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
                sql.execute("create database stride_load");
            }
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/stride_load";
            int port = AppProcesses.freePort();
            String base = "http://localhost:" + port;
            String start = System.getProperty("load.start", "jar");
            List<String> command = new ArrayList<>(List.of(AppProcesses.javaCommand(), "-Xmx" + heap, "-XX:+UseG1GC"));
            String jvmArgs = System.getProperty("load.jvm-args", "").strip();
            if (!jvmArgs.isEmpty()) {
                command.addAll(List.of(jvmArgs.split("\\s+")));
                notes.add("App JVM options: " + jvmArgs);
            }
            command.addAll(AppProcesses.startOptions(start, List.copyOf(command), jar, out, notes));
            ProcessBuilder app = AppProcesses.environment(new ProcessBuilder(command), jdbcUrl, port)
                    .redirectErrorStream(true).redirectOutput(out.resolve("app.log").toFile());
            Instant launched = Instant.now();
            Process process = app.start();
            Process second = null;
            TwoInstances both = null;
            try {
                Duration startTime = AppProcesses.waitForFirstPage(base, process);
                notes.add("Start to the first served page (/login), started as " + start + ": " + startTime.toMillis()
                        + " ms");
                if (Integer.getInteger("load.instances", 1) == 2) {
                    // -Dload.instances=2: a second instance on the same database, and HAProxy in front
                    int portB = AppProcesses.freePort();
                    second = AppProcesses.environment(new ProcessBuilder(command), jdbcUrl, portB).redirectErrorStream(true)
                            .redirectOutput(out.resolve("app-b.log").toFile()).start();
                    AppProcesses.waitForFirstPage("http://localhost:" + portB, second);
                    both = TwoInstances.behindProxy(port, portB, AppProcesses.freePort(), AppProcesses.freePort(), out);
                    base = "http://localhost:" + both.proxyPort;
                    notes.add("Two instances (" + both.a + ", " + both.b + ") behind HAProxy at " + base
                            + ", sticky by cookie");
                }
                if (sessions == 0) {
                    // -Dload.sessions=0: only the start times, the first (which migrates the empty
                    // database) and, with one instance, a restart on the migrated database, as a
                    // production restart is
                    if (both == null) {
                        process.destroy();
                        process.waitFor();
                        Process restarted = app.redirectOutput(out.resolve("app-restart.log").toFile()).start();
                        try {
                            notes.add("Restart on the migrated database: "
                                    + AppProcesses.waitForFirstPage(base, restarted).toMillis() + " ms");
                        } finally {
                            restarted.destroy();
                            restarted.waitFor();
                        }
                    }
                    System.out.println(String.join("\n", notes));
                    return;
                }
                Instant generating = Instant.now();
                LoadData.generate(jdbcUrl, "postgres", "postgres", runners, therapists, days);
                notes.add("Data: " + runners + " runners, " + therapists + " PTs, " + days + " days of logs ("
                        + LoadDatabase.rows(jdbcUrl) + "), generated in " + Duration.between(generating, Instant.now()).toSeconds()
                        + " s");
                if (both != null) {
                    notes.addAll(both.checkSharedState(jdbcUrl, runners));
                }
                long heapBefore = AppProcesses.heapAfterFullGc(process.pid());
                long[] cpu = new long[6];
                long[] postmaster = new long[2];
                Thread restart = restartAfter == null ? null : Thread.ofVirtual().unstarted(() ->
                        LoadDatabase.restartPostgres(database, pgDir, ramp.plus(warmup).plus(Duration.parse("PT" + restartAfter)),
                                notes));
                if (restart != null) {
                    restart.start();
                }
                LoadRun run = new LoadRun(new LoadRun.Settings(base, sessions, runners, therapists, ramp, duration,
                        warmup, 1000, 2000, undo, therapistsOnly)).run(starting -> {
                    int at = starting ? 0 : 3;
                    cpu[at] = ProcessCpu.ticks(process.pid(), false);
                    postmaster[starting ? 0 : 1] = LoadDatabase.postmasterPid(pgDir);
                    cpu[at + 1] = ProcessCpu.ticks(postmaster[starting ? 0 : 1], true);
                    if (!starting && postmaster[1] != postmaster[0]) {
                        // a restarted PostgreSQL is a new postmaster: only its CPU since the restart is known
                        cpu[1] = 0;
                        notes.add("PostgreSQL CPU counts only the time since its restart");
                    }
                    cpu[at + 2] = ProcessCpu.ticks(ProcessHandle.current().pid(), false);
                    if (Boolean.getBoolean("load.jfr")) {
                        // a flight recording of the measured window: `jfr view hot-methods app.jfr`
                        try {
                            AppProcesses.jcmd(process.pid(), starting ? "JFR.start name=load settings=profile"
                                    : "JFR.stop name=load filename=" + out.toAbsolutePath().resolve("app.jfr"));
                        } catch (IOException e) {
                            notes.add("No flight recording: " + e.getMessage());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
                if (restart != null) {
                    restart.join();
                }
                if (!undo) {
                    notes.add(LoadDatabase.acknowledgedInDatabase(jdbcUrl, run));
                }
                if (both != null) {
                    notes.add("Requests per instance through the proxy: " + both.share() + " (with no error, every"
                            + " session stayed on the instance holding it: the other knows none of its UIs)");
                }
                double seconds = run.measured().toMillis() / 1000.0;
                if (both == null) {
                    // heap per session is measured on one instance only, once Tomcat has let go of the
                    // threads the load made it start (idle for 60 s): their buffers are not the sessions'
                    Duration settle = Duration.parse("PT" + System.getProperty("load.settle", "65s"));
                    Thread.sleep(settle.toMillis());
                    long heapAfter = AppProcesses.heapAfterFullGc(process.pid());
                    Files.writeString(out.resolve("histogram.txt"), AppProcesses.jcmd(process.pid(), "GC.class_histogram"));
                    notes.add(String.format(Locale.ROOT, "Heap after a full GC: %d KB before sign-in, %d KB with %d "
                                    + "signed-in sessions, %d s after the load: %.0f KB per session", heapBefore, heapAfter,
                            run.sessions(), settle.toSeconds(), (heapAfter - heapBefore) / (double) run.sessions()));
                }
                notes.add(String.format(Locale.ROOT, "The load driver itself (same machine): %.0f %% of a core",
                        (cpu[5] - cpu[2]) / ProcessCpu.TICKS_PER_SECOND / seconds * 100));
                String report = LoadReport.markdown(run, seconds,
                        (cpu[3] - cpu[0]) / ProcessCpu.TICKS_PER_SECOND / seconds,
                        (cpu[4] - cpu[1]) / ProcessCpu.TICKS_PER_SECOND / seconds, notes, launched);
                Path file = out.resolve("report-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC).format(launched) + ".md");
                Files.writeString(file, report);
                System.out.println(report);
                System.out.println("Report: " + file.toAbsolutePath());
            } finally {
                if (both != null) {
                    both.stop();
                }
                if (second != null) {
                    second.destroy();
                    second.waitFor();
                }
                process.destroy();
                process.waitFor();
            }
        }
    }
}
