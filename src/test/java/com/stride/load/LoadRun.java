package com.stride.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A closed workload: a fixed number of people, each signing in once (spread over the ramp) and
 * then going round their journey with a think time between steps, until the run ends. 90 % of
 * them are runners and 10 % PTs, with one admin per 100 sessions among the PTs' share.
 */
final class LoadRun {

    record Settings(String baseUrl, int sessions, int runnerAccounts, int therapistAccounts, Duration ramp,
                    Duration duration, Duration warmup, long thinkMinMillis, long thinkMaxMillis, boolean undoTicks,
                    boolean therapistsOnly) {

        Settings {
            if (sessions < 1 || runnerAccounts < 1 || therapistAccounts < 1) {
                throw new IllegalArgumentException("sessions and accounts must be positive");
            }
        }
    }

    private final Settings settings;
    private final Recorder recorder = new Recorder();
    private final List<Journeys.User> users = new ArrayList<>();
    private Duration measured = Duration.ZERO;
    private long requestsMeasured;

    LoadRun(Settings settings) {
        this.settings = settings;
    }

    Recorder recorder() {
        return recorder;
    }

    /** How long the figures were collected (after the ramp and warm-up). */
    Duration measured() {
        return measured;
    }

    long requestsMeasured() {
        return requestsMeasured;
    }

    List<Journeys.User> users() {
        return List.copyOf(users);
    }

    int sessions() {
        return users.size();
    }

    /** Runs the load; {@code window} hears when measuring starts (true) and stops (false). */
    LoadRun run(java.util.function.Consumer<Boolean> window) throws InterruptedException {
        HttpClient http = UiClient.sharedHttp();
        int admins = settings.therapistsOnly() ? 0 : Math.max(settings.sessions() >= 20 ? 1 : 0, settings.sessions() / 100);
        int therapists = settings.therapistsOnly() ? settings.sessions()
                : Math.max(settings.sessions() >= 2 ? 1 : 0, settings.sessions() / 10 - admins);
        int runners = settings.sessions() - therapists - admins;
        for (int i = 0; i < runners; i++) {
            // distinct runners, so that no two sessions tick the same runner's exercises
            users.add(new Journeys.Runner(new UiClient(settings.baseUrl(), http), recorder,
                    LoadData.runner(1 + i % settings.runnerAccounts()), settings.undoTicks()));
        }
        for (int i = 0; i < therapists; i++) {
            users.add(new Journeys.Therapist(new UiClient(settings.baseUrl(), http), recorder,
                    LoadData.therapist(1 + i % settings.therapistAccounts())));
        }
        for (int i = 0; i < admins; i++) {
            users.add(new Journeys.Admin(new UiClient(settings.baseUrl(), http), recorder, LoadData.ADMIN));
        }
        java.util.Collections.shuffle(users, new java.util.Random(42));

        Instant start = Instant.now();
        Instant measureFrom = start.plus(settings.ramp()).plus(settings.warmup());
        Instant deadline = measureFrom.plus(settings.duration());
        long rampMillis = settings.ramp().toMillis();
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users.size(); i++) {
                Journeys.User user = users.get(i);
                long delay = users.size() == 1 ? 0 : rampMillis * i / (users.size() - 1);
                people.submit(() -> {
                    Thread.sleep(delay);
                    user.run(deadline, settings.thinkMinMillis(), settings.thinkMaxMillis());
                    return null;
                });
            }
            sleepUntil(measureFrom);
            window.accept(true);
            recorder.measuring(true);
            long requestsBefore = UiClient.requests.get();
            Instant measuring = Instant.now();
            sleepUntil(deadline);
            recorder.measuring(false);
            measured = Duration.between(measuring, Instant.now());
            requestsMeasured = UiClient.requests.get() - requestsBefore;
            window.accept(false);
            people.shutdown();
            people.awaitTermination(2, TimeUnit.MINUTES);
        }
        return this;
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
