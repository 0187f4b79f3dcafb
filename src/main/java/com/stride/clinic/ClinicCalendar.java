package com.stride.clinic;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each clinic's "today": the date at the clinic's own midnight, in the zone its admin set. Due
 * sessions, the next-morning question, flags and the audit view all read the zone here.
 *
 * <p>Zones are kept for a minute, so that a page does not ask for its clinic's zone on every
 * request; a change made here is seen at once, one made on another instance within a minute.
 *
 * <p>A bean for services, which check their caller first; it checks none (a zone is no clinical
 * data, and the nightly work has no caller). Views ask {@link ClinicTimeService}.
 */
@Component
public class ClinicCalendar {

    private final ClinicRepository clinics;
    private final Clock clock;
    private final Map<Long, Kept> zones = new ConcurrentHashMap<>();
    private final long freshNanos;

    private record Kept(ZoneId zone, long readAt) {
    }

    ClinicCalendar(ClinicRepository clinics, Clock clock,
                   @Value("${stride.clinic.zone-refresh:1m}") Duration refresh) {
        this.freshNanos = refresh.toNanos();
        this.clinics = clinics;
        this.clock = clock;
    }

    public ZoneId zone(long clinicId) {
        long now = System.nanoTime();
        Kept kept = zones.get(clinicId);
        if (kept == null || now - kept.readAt() > freshNanos) {
            ZoneId zone = clinics.timeZoneOf(clinicId).map(ZoneId::of)
                    .orElseThrow(() -> new IllegalArgumentException("No clinic " + clinicId));
            kept = new Kept(zone, now);
            zones.put(clinicId, kept);
        }
        return kept.zone();
    }

    public LocalDate today(long clinicId) {
        return LocalDate.now(clock(clinicId));
    }

    /** The application's clock, read in the clinic's zone. */
    public Clock clock(long clinicId) {
        return clock.withZone(zone(clinicId));
    }

    void changed(long clinicId) {
        zones.remove(clinicId);
    }

    /** Reads every clinic's zone again: after the clinic table was changed under the application (a restore). */
    public void reloadAll() {
        zones.clear();
        long now = System.nanoTime();
        clinics.findAll().forEach(clinic -> zones.put(clinic.getId(), new Kept(clinic.getTimeZone(), now)));
    }
}
