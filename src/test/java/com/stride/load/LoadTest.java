package com.stride.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load test: starts its own PostgreSQL and the production jar (or uses a running app),
 * generates the load clinic, drives it with {@link LoadRun} and writes a report with p50/p95/p99
 * per interaction, throughput, errors, the CPU of the app and of PostgreSQL, and the heap each
 * signed-in session holds. Run it with
 * {@code ./mvnw -DskipTests package exec:java@load -Dload.sessions=500}; README lists the settings.
 */
public final class LoadTest {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

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
        deleteRecursively(pgDir);
        java.util.concurrent.atomic.AtomicReference<EmbeddedPostgres> database =
                new java.util.concurrent.atomic.AtomicReference<>(startPostgres(pgDir, 0, false));
        try (AutoCloseable stopDatabase = () -> database.get().close()) {
            EmbeddedPostgres postgres = database.get();
            try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
                sql.execute("create database stride_load");
            }
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/stride_load";
            int port = freePort();
            String base = "http://localhost:" + port;
            String start = System.getProperty("load.start", "jar");
            List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx" + heap, "-XX:+UseG1GC"));
            String jvmArgs = System.getProperty("load.jvm-args", "").strip();
            if (!jvmArgs.isEmpty()) {
                command.addAll(List.of(jvmArgs.split("\\s+")));
                notes.add("App JVM options: " + jvmArgs);
            }
            command.addAll(startOptions(start, jar, out, jdbcUrl, notes));
            ProcessBuilder app = environment(new ProcessBuilder(command), jdbcUrl, port)
                    .redirectErrorStream(true).redirectOutput(out.resolve("app.log").toFile());
            Instant launched = Instant.now();
            Process process = app.start();
            Process second = null;
            TwoInstances both = null;
            try {
                Duration startTime = waitForFirstPage(base, process);
                notes.add("Start to the first served page (/login), started as " + start + ": " + startTime.toMillis()
                        + " ms");
                if (Integer.getInteger("load.instances", 1) == 2) {
                    // -Dload.instances=2: a second instance on the same database, and HAProxy in front
                    int portB = freePort();
                    second = environment(new ProcessBuilder(command), jdbcUrl, portB).redirectErrorStream(true)
                            .redirectOutput(out.resolve("app-b.log").toFile()).start();
                    waitForFirstPage("http://localhost:" + portB, second);
                    both = TwoInstances.behindProxy(port, portB, freePort(), freePort(), out);
                    base = "http://localhost:" + both.proxyPort;
                    notes.add("Two instances (" + both.a + ", " + both.b + ") behind HAProxy at " + base
                            + ", sticky by cookie");
                }
                if (sessions == 0) {
                    // -Dload.sessions=0: only the start time
                    System.out.println(String.join("\n", notes));
                    return;
                }
                Instant generating = Instant.now();
                LoadData.generate(jdbcUrl, "postgres", "postgres", runners, therapists, days);
                notes.add("Data: " + runners + " runners, " + therapists + " PTs, " + days + " days of logs ("
                        + rows(jdbcUrl) + "), generated in " + Duration.between(generating, Instant.now()).toSeconds()
                        + " s");
                if (both != null) {
                    notes.addAll(both.checkSharedState(jdbcUrl, runners));
                }
                long heapBefore = heapAfterFullGc(process.pid());
                long[] cpu = new long[6];
                Thread restart = restartAfter == null ? null : Thread.ofVirtual().unstarted(() ->
                        restartPostgres(database, pgDir, ramp.plus(warmup).plus(Duration.parse("PT" + restartAfter)),
                                notes));
                if (restart != null) {
                    restart.start();
                }
                LoadRun run = new LoadRun(new LoadRun.Settings(base, sessions, runners, therapists, ramp, duration,
                        warmup, 1000, 2000, undo, therapistsOnly)).run(starting -> {
                    int at = starting ? 0 : 3;
                    cpu[at] = ProcessCpu.ticks(process.pid(), false);
                    // a restarted PostgreSQL has a new postmaster: its CPU before the restart is not counted
                    cpu[at + 1] = ProcessCpu.ticks(postmasterPid(pgDir), true);
                    cpu[at + 2] = ProcessCpu.ticks(ProcessHandle.current().pid(), false);
                    if (Boolean.getBoolean("load.jfr")) {
                        // a flight recording of the measured window: `jfr view hot-methods app.jfr`
                        try {
                            jcmd(process.pid(), starting ? "JFR.start name=load settings=profile"
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
                    notes.add(acknowledgedInDatabase(jdbcUrl, run));
                }
                if (both != null) {
                    notes.add("Requests per instance through the proxy: " + both.share() + " (with no error, every"
                            + " session stayed on the instance holding it: the other knows none of its UIs)");
                }
                double seconds = run.measured().toMillis() / 1000.0;
                if (both == null) {
                    // heap per session is measured on one instance only
                    long heapAfter = heapAfterFullGc(process.pid());
                    Files.writeString(out.resolve("histogram.txt"), jcmd(process.pid(), "GC.class_histogram"));
                    notes.add(String.format(Locale.ROOT, "Heap after a full GC: %d KB before sign-in, %d KB with %d "
                                    + "signed-in sessions: %.0f KB per session", heapBefore, heapAfter, run.sessions(),
                            (heapAfter - heapBefore) / (double) run.sessions()));
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

    private static ProcessBuilder environment(ProcessBuilder app, String jdbcUrl, int port) {
        app.environment().put("SPRING_PROFILES_ACTIVE", "prod");
        app.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        app.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        app.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
        app.environment().put("PORT", String.valueOf(port));
        return app;
    }

    /**
     * How the jar is started: "jar" as built; "extracted" as Spring Boot's tools extract it (plain
     * jars on the class path, which the JDK can cache); "aot" extracted, with a JDK AOT cache
     * (JEP 483/514) written by a training run that stops once the application context is ready.
     */
    private static List<String> startOptions(String start, String jar, Path out, String jdbcUrl, List<String> notes)
            throws IOException, InterruptedException {
        if (start.equals("jar")) {
            return List.of("-jar", jar);
        }
        Path extracted = out.resolve("app");
        deleteRecursively(extracted);
        run(new ProcessBuilder(javaCommand(), "-Djarmode=tools", "-jar", jar, "extract", "--destination",
                extracted.toString()), out.resolve("extract.log"));
        // as in docker/Dockerfile, where the jar is copied in as stride.jar and extracts to extracted/stride.jar
        String appJar = extracted.resolve("stride.jar").toString();
        try (var files = Files.list(extracted)) {
            Files.move(files.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow(),
                    Path.of(appJar));
        }
        if (start.equals("extracted")) {
            return List.of("-jar", appJar);
        }
        Path cache = extracted.resolve("stride.aot");
        Instant training = Instant.now();
        // the image's training run, without a database (application-training.properties)
        ProcessBuilder train = new ProcessBuilder(javaCommand(), "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh", "-jar", appJar);
        train.environment().put("SPRING_PROFILES_ACTIVE", "prod,training");
        train.environment().put("PORT", String.valueOf(freePort()));
        run(train, out.resolve("training.log"));
        notes.add("AOT cache: training run of " + Duration.between(training, Instant.now()).toSeconds() + " s, "
                + Files.size(cache) / (1024 * 1024) + " MB");
        return List.of("-XX:AOTCache=" + cache, "-jar", appJar);
    }

    private static void run(ProcessBuilder command, Path log) throws IOException, InterruptedException {
        int exit = command.redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command.command() + " failed (" + exit + "); see " + log);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Duration waitForFirstPage(String base, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant start = process.info().startInstant().orElse(Instant.now());
        Instant giveUp = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped; see its log");
            }
            try {
                HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The app did not serve its first page within 120 s");
    }

    static long heapAfterFullGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    private static long postmasterPid(Path dataDir) {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static EmbeddedPostgres startPostgres(Path dataDir, int port, boolean clean) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(clean).setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100").setServerConfig("shared_buffers", "512MB");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The server stopped (a fast shutdown: open connections are cut) and started again on its data and port. */
    private static void restartPostgres(java.util.concurrent.atomic.AtomicReference<EmbeddedPostgres> database,
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
    private static String acknowledgedInDatabase(String jdbcUrl, LoadRun run) throws Exception {
        java.util.Map<String, Integer> stored = new java.util.HashMap<>();
        try (Connection db = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement sql = db.createStatement();
             var rows = sql.executeQuery("""
                     select u.username, count(*) from app_user u
                     join session_log s on s.runner_id = u.id and s.session_date = current_date
                     join exercise_log e on e.session_id = s.id
                     group by u.username""")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
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

    private static String rows(String jdbcUrl) throws Exception {
        try (Connection db = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement sql = db.createStatement();
             var result = sql.executeQuery("select (select count(*) from session_log), (select count(*) from exercise_log)")) {
            result.next();
            return String.format(Locale.ROOT, "%,d session rows and %,d exercise entries", result.getLong(1),
                    result.getLong(2));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
