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
        int therapists = Integer.getInteger("load.therapists", Math.max(2, runners / 200));
        int days = Integer.getInteger("load.days", 30);
        Duration duration = Duration.parse("PT" + System.getProperty("load.duration", "60s"));
        Duration ramp = Duration.parse("PT" + System.getProperty("load.ramp", "30s"));
        Duration warmup = Duration.parse("PT" + System.getProperty("load.warmup", "20s"));
        Path out = Path.of(System.getProperty("load.out", "target/load"));
        Files.createDirectories(out);
        String jar = System.getProperty("load.jar", "target/stride-0.1.0-SNAPSHOT.jar");
        String heap = System.getProperty("load.heap", "1g");

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
                    1000, 2000, true)).run(starting -> { });
            String report = LoadReport.markdown(run, run.measured().toMillis() / 1000.0, 0, 0, notes, Instant.now());
            Files.writeString(out.resolve("report-external.md"), report);
            System.out.println(report);
            return;
        }
        Path pgDir = out.resolve("postgres");
        deleteRecursively(pgDir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "512MB").start()) {
            try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
                sql.execute("create database stride_load");
            }
            String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/stride_load";
            int port = freePort();
            String base = "http://localhost:" + port;
            ProcessBuilder app = new ProcessBuilder(javaCommand(), "-Xmx" + heap, "-XX:+UseG1GC", "-jar", jar)
                    .redirectErrorStream(true).redirectOutput(out.resolve("app.log").toFile());
            app.environment().put("SPRING_PROFILES_ACTIVE", "prod");
            app.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
            app.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
            app.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
            app.environment().put("PORT", String.valueOf(port));
            Instant launched = Instant.now();
            Process process = app.start();
            try {
                Duration startTime = waitForFirstPage(base, process);
                notes.add("Start to the first served page (/login): " + startTime.toMillis() + " ms");
                Instant generating = Instant.now();
                LoadData.generate(jdbcUrl, "postgres", "postgres", runners, therapists, days);
                notes.add("Data: " + runners + " runners, " + therapists + " PTs, " + days + " days of logs ("
                        + rows(jdbcUrl) + "), generated in " + Duration.between(generating, Instant.now()).toSeconds()
                        + " s");
                long heapBefore = heapAfterFullGc(process.pid());
                long pgPid = postmasterPid(pgDir);
                long[] cpu = new long[4];
                LoadRun run = new LoadRun(new LoadRun.Settings(base, sessions, runners, therapists, ramp, duration,
                        warmup, 1000, 2000, true)).run(starting -> {
                    int at = starting ? 0 : 2;
                    cpu[at] = ProcessCpu.ticks(process.pid(), false);
                    cpu[at + 1] = ProcessCpu.ticks(pgPid, true);
                });
                long heapAfter = heapAfterFullGc(process.pid());
                double seconds = run.measured().toMillis() / 1000.0;
                notes.add(String.format(Locale.ROOT, "Heap after a full GC: %d KB before sign-in, %d KB with %d "
                                + "signed-in sessions: %.0f KB per session", heapBefore, heapAfter, run.sessions(),
                        (heapAfter - heapBefore) / (double) run.sessions()));
                String report = LoadReport.markdown(run, seconds,
                        (cpu[2] - cpu[0]) / ProcessCpu.TICKS_PER_SECOND / seconds,
                        (cpu[3] - cpu[1]) / ProcessCpu.TICKS_PER_SECOND / seconds, notes, launched);
                Path file = out.resolve("report-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC).format(launched) + ".md");
                Files.writeString(file, report);
                System.out.println(report);
                System.out.println("Report: " + file.toAbsolutePath());
            } finally {
                process.destroy();
                process.waitFor();
            }
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

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
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
