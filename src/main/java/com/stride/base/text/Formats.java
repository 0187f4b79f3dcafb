package com.stride.base.text;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How every screen, handout and email writes dates, times, scores and counts: one locale and one
 * set of patterns, so that a later translation changes them in one place.
 */
public final class Formats {

    /** English month and day names ("Sep", not the UK's "Sept"); the patterns put the day first. */
    public static final Locale LOCALE = Locale.ENGLISH;

    /** The pattern of {@link #date}, for date pickers that take a pattern. */
    public static final String DATE_PATTERN = "d MMM yyyy";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN, LOCALE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
            LOCALE);
    private static final DateTimeFormatter LONG_DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm",
            LOCALE);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", LOCALE);
    private static final String NO_SCORE = "–";

    private Formats() {
    }

    /** "3 Dec 2026"; empty for no date. */
    public static String date(@Nullable LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String date(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** "Thu 3 Dec", for days of a runner's log. */
    public static String shortDate(@Nullable LocalDate day) {
        return day == null ? "" : SHORT_DATE.format(day);
    }

    /** "Thursday 3 December". */
    public static String longDate(@Nullable LocalDate day) {
        return day == null ? "" : LONG_DATE.format(day);
    }

    /** "3 Dec 2026, 14:05". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** "3 Dec 2026, 14:05:09", where the order of events matters (the audit log). */
    public static String dateTimeWithSeconds(Instant instant, ZoneId zone) {
        return DATE_TIME_SECONDS.format(instant.atZone(zone));
    }

    /** "Thursday 3 December at 14:05 (Europe/Helsinki)", for when a link expires. */
    public static String deadline(Instant instant, ZoneId zone) {
        return LONG_DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** "Mon". */
    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, LOCALE);
    }

    /** "3 Dec", for chart axes. */
    public static String dayMonth(LocalDate day) {
        return DAY_MONTH.format(day);
    }

    /** "today", "tomorrow" or the long date. */
    public static String relativeDay(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "today";
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        return longDate(day);
    }

    /** "Today", "Yesterday", "3 days ago", or the date for anything a week or older; "Never" for none. */
    public static String ago(@Nullable Instant instant, Clock clock) {
        if (instant == null) {
            return "Never";
        }
        long days = ChronoUnit.DAYS.between(instant.atZone(clock.getZone()).toLocalDate(), LocalDate.now(clock));
        if (days <= 0) {
            return "Today";
        }
        if (days == 1) {
            return "Yesterday";
        }
        return days < 7 ? days + " days ago" : date(instant, clock.getZone());
    }

    /** A pain score as "6/10", or a dash when there is none. */
    public static String score(@Nullable Integer score) {
        return score == null ? NO_SCORE : score + "/10";
    }

    /** A pain score in words, for screen readers: "6 out of 10", or "not recorded". */
    public static String scoreInWords(@Nullable Integer score) {
        return score == null ? "not recorded" : score + " out of 10";
    }

    /** A whole number with thousands grouped: "12,000". */
    public static String number(long value) {
        return String.format(LOCALE, "%,d", value);
    }

    /** "1 exercise", "3 exercises". */
    public static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
