package com.stride.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Two instances of the production jar against one PostgreSQL, behind HAProxy (Debian's package)
 * with sticky sessions: what must hold across instances is checked before the load runs through
 * the proxy (-Dload.instances=2).
 */
final class TwoInstances {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    final String a;
    final String b;
    final int proxyPort;
    private final int statsPort;
    private final Process proxy;

    private TwoInstances(String a, String b, int proxyPort, int statsPort, Process proxy) {
        this.a = a;
        this.b = b;
        this.proxyPort = proxyPort;
        this.statsPort = statsPort;
        this.proxy = proxy;
    }

    /**
     * HAProxy in front of the two instances: round robin for new visitors, then a cookie keeps each
     * browser on the instance that holds its Vaadin session, which lives in that instance's memory.
     */
    static TwoInstances behindProxy(int portA, int portB, int proxyPort, int statsPort, Path out)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is missing: apt-get install haproxy");
        }
        Path config = out.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                    maxconn 4096
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 120s
                    timeout server 120s
                frontend web
                    bind 127.0.0.1:%d
                    default_backend app
                backend app
                    balance roundrobin
                    cookie STRIDE_NODE insert indirect nocache httponly
                    option httpchk GET /actuator/health
                    option forwardfor
                    server a 127.0.0.1:%d check cookie a
                    server b 127.0.0.1:%d check cookie b
                listen stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /stats
                """.formatted(proxyPort, portA, portB, statsPort));
        Process proxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("haproxy.log").toFile()).start();
        TwoInstances both = new TwoInstances("http://localhost:" + portA, "http://localhost:" + portB, proxyPort,
                statsPort, proxy);
        both.waitForBothUp();
        return both;
    }

    private void waitForBothUp() throws InterruptedException, IOException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(giveUp)) {
            String stats = stats();
            if (stats.lines().filter(line -> line.startsWith("app,a,") || line.startsWith("app,b,"))
                    .filter(line -> line.contains(",UP,")).count() == 2) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy did not see both instances up: " + stats());
    }

    String stats() throws IOException, InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + statsPort + "/stats;csv")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException notYet) {
            return "";
        }
    }

    /** How many requests each instance answered through the proxy. */
    String share() throws IOException, InterruptedException {
        List<String> lines = stats().lines().toList();
        if (lines.isEmpty()) {
            return "no statistics";
        }
        List<String> columns = List.of(lines.getFirst().replaceFirst("^# ", "").split(","));
        int answered = columns.indexOf("hrsp_2xx");
        List<String> counts = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(",");
            if (fields.length > answered && fields[0].equals("app") && (fields[1].equals("a") || fields[1].equals("b"))) {
                counts.add(fields[1] + ": " + fields[answered] + " answered with 2xx");
            }
        }
        return String.join(", ", counts);
    }

    /**
     * What only the database may hold, checked across the instances: five wrong passwords spread
     * over both pause the username on either, and a one-time link works on the other instance.
     */
    List<String> checkSharedState(String jdbcUrl, int runnerAccounts) throws Exception {
        List<String> results = new ArrayList<>();
        HttpClient http = UiClient.sharedHttp();
        String username = LoadData.runner(1);
        for (int attempt = 0; attempt < 5; attempt++) {
            UiClient guess = new UiClient(attempt % 2 == 0 ? a : b, http);
            try {
                guess.signIn(username, "not-the-password-" + attempt);
                throw new IllegalStateException("a wrong password was accepted");
            } catch (UiClient.LoadFailure refused) {
                // as expected
            }
        }
        boolean paused;
        try {
            new UiClient(b, http).signIn(username, LoadData.PASSWORD);
            paused = false;
        } catch (UiClient.LoadFailure refused) {
            paused = true;
        }
        if (!paused) {
            throw new IllegalStateException("5 wrong passwords over two instances did not pause sign-in on the second");
        }
        results.add("Sign-in throttling across instances: 5 wrong passwords, 3 on A and 2 on B, paused " + username
                + " on B too");
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            db.createStatement().execute("delete from login_failure");
        }

        // the last runner account: the load signs in from the first ones, with the load password
        String owner = LoadData.runner(runnerAccounts);
        // links' tokens are 43 characters of base64url (OneTimeLinks)
        String token = ("twoInstances" + System.nanoTime() + "x".repeat(43)).substring(0, 43);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement link = db.prepareStatement("""
                     insert into one_time_link (user_id, purpose, token_hash, created_at, expires_at)
                     select id, 'RESET', ?, now(), now() + interval '1 hour' from app_user where username = ?""")) {
            link.setString(1, sha256(token));
            link.setString(2, owner);
            link.executeUpdate();
        }
        String newPassword = "quiet harbour lanterns glow at dusk";
        UiClient onB = new UiClient(b, http);
        onB.open("set-password/" + token);
        onB.setValue(onB.one("vaadin-password-field", "New password"), newPassword);
        onB.setValue(onB.one("vaadin-password-field", "Repeat the password"), newPassword);
        onB.click(onB.button("Set password"));
        new UiClient(a, http).signIn(owner, newPassword);
        results.add("One-time link across instances: a reset link stored by one, used on B to set a password, "
                + "which then signs in on A");
        results.add("Scheduled jobs: none exist yet, so there is nothing to run once across instances");
        return results;
    }

    void stop() throws InterruptedException {
        proxy.destroy();
        proxy.waitFor();
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
