package com.stride.log.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the log pages write dates. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private Formats() {
    }

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    static String longDate(LocalDate day) {
        return day == null ? "" : LONG_DATE.format(day);
    }

    /** "Today", "Tomorrow" or the weekday and date. */
    static String relative(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "today";
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        return longDate(day);
    }
}
