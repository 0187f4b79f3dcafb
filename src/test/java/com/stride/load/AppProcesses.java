package com.stride.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starting the production jar the ways the load test measures, and reading its JVM from outside. */
final class AppProcesses {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private AppProcesses() {
    }

    static ProcessBuilder environment(ProcessBuilder app, String jdbcUrl, int port) {
        app.environment().put("SPRING_PROFILES_ACTIVE", "prod");
        app.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        app.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        app.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
        app.environment().put("PORT", String.valueOf(port));
        app.environment().put("STRIDE_PUBLIC_URL", "http://localhost:" + port);
        app.environment().put("STRIDE_TOTP_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        return app;
    }

    /**
     * How the jar is started: "jar" as built; "extracted" as Spring Boot's tools extract it (plain
     * jars on the class path, which the JDK can cache); "aot" as docker/Dockerfile: extracted, with
     * Spring AOT on and a JDK AOT cache (JEP 483/514) written by a training run that serves the
     * sign-in page a few times and stops (base.TrainingRun).
     */
    static List<String> startOptions(String start, List<String> java, String jar, Path out, List<String> notes)
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
        // with the run's own JVM options, as the Dockerfile's JAVA_TOOL_OPTIONS: the cache serves only those
        List<String> trainingRun = new ArrayList<>(java);
        trainingRun.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.aot.enabled=true", "-jar", appJar));
        ProcessBuilder train = new ProcessBuilder(trainingRun);
        train.environment().put("SPRING_PROFILES_ACTIVE", "prod,training");
        train.environment().put("PORT", String.valueOf(freePort()));
        run(train, out.resolve("training.log"));
        notes.add("AOT cache: training run of " + Duration.between(training, Instant.now()).toSeconds() + " s, "
                + Files.size(cache) / (1024 * 1024) + " MB");
        return List.of("-XX:AOTCache=" + cache, "-Dspring.aot.enabled=true", "-jar", appJar);
    }

    static void run(ProcessBuilder command, Path log) throws IOException, InterruptedException {
        int exit = command.redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command.command() + " failed (" + exit + "); see " + log);
        }
    }

    static String javaCommand() {
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

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
