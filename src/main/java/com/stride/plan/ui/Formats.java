package com.stride.plan.ui;

import com.stride.plan.PlanStatus;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and statuses as the plan pages show them. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** "today", "yesterday", "3 days ago", or the date for anything older than a week. */
    static String ago(Instant instant, Clock clock) {
        if (instant == null) {
            return "Never";
        }
        LocalDate day = instant.atZone(clock.getZone()).toLocalDate();
        long days = Duration.between(day.atStartOfDay(), LocalDate.now(clock).atStartOfDay()).toDays();
        if (days <= 0) {
            return "Today";
        }
        if (days == 1) {
            return "Yesterday";
        }
        return days < 7 ? days + " days ago" : date(day);
    }

    static Span status(PlanStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
