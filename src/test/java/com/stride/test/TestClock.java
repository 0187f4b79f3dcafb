package com.stride.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in every test context: the real time plus an offset a test can move,
 * so that "15 minutes later" or "tomorrow" needs no sleep. Back to the real time before each test.
 */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock(ZoneId.systemDefault());

    private final ZoneId zone;
    private static volatile Duration offset = Duration.ZERO;

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Sets the app's time to this instant; it runs on from there. */
    public static void setTo(Instant target) {
        offset = Duration.between(Instant.now(), target);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        // the same moving offset, read at each instant, seen from another zone
        return new TestClock(other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
