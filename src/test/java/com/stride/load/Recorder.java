package com.stride.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every interaction's latency and every failure, per interaction name. Only interactions that
 * start inside the measuring window count toward the figures; failures count always.
 */
final class Recorder {

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    record Figures(String name, int count, int errors, double p50, double p95, double p99, double max) {
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong acknowledgedTicks = new AtomicLong();
    private final AtomicLong planChanged = new AtomicLong();
    private volatile boolean measuring;

    void measuring(boolean on) {
        measuring = on;
    }

    /** Runs one interaction; true when it gave the user what they asked for. */
    boolean time(String name, Step step) {
        boolean counted = measuring;
        long start = System.nanoTime();
        try {
            step.run();
            if (counted) {
                latencies.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception | AssertionError e) {
            errors.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
            if (errorSamples.size() < 50) {
                errorSamples.add(name + ": " + e);
            }
            return false;
        }
    }

    void planChangedUnderOpenPage() {
        if (measuring) {
            planChanged.incrementAndGet();
        }
    }

    /** Ticks the app refused because a PT had just saved the runner's plan (with a notice to reload). */
    long planChanged() {
        return planChanged.get();
    }

    void tickAcknowledged() {
        acknowledgedTicks.incrementAndGet();
    }

    long acknowledgedTicks() {
        return acknowledgedTicks.get();
    }

    long totalErrors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long totalCount() {
        return latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    List<Figures> figures() {
        Map<String, Figures> byName = new TreeMap<>();
        for (String name : union()) {
            List<Long> values = new ArrayList<>(latencies.getOrDefault(name, new ConcurrentLinkedQueue<>()));
            Collections.sort(values);
            int failed = (int) errors.getOrDefault(name, new AtomicLong()).get();
            byName.put(name, new Figures(name, values.size(), failed, percentile(values, 50), percentile(values, 95),
                    percentile(values, 99), values.isEmpty() ? 0 : values.getLast() / 1e6));
        }
        return List.copyOf(byName.values());
    }

    private List<String> union() {
        List<String> names = new ArrayList<>(latencies.keySet());
        errors.keySet().stream().filter(name -> !names.contains(name)).forEach(names::add);
        return names;
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
