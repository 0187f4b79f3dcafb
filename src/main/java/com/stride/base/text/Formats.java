package com.stride.base.text;

import com.stride.i18n.DistanceUnit;
import com.stride.i18n.Language;
import com.stride.i18n.Text;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * How every screen, handout and email writes dates, times, scores and counts, in the current
 * person's language ({@link Text#locale()}). The patterns are in the base bundle
 * ({@code base.format.*}), so each language orders day and month its own way.
 */
public final class Formats {

    private static final String NO_SCORE = "–";

    private static final Map<Language, Map<String, DateTimeFormatter>> PATTERNS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            PATTERNS.put(language, new ConcurrentHashMap<>());
        }
    }

    private Formats() {
    }

    /** "3 Dec 2026" ("3. Dez. 2026"); empty for no date. */
    public static String date(@Nullable LocalDate day) {
        return day == null ? "" : format("date", day);
    }

    public static String date(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : format("date", instant.atZone(zone));
    }

    /** "Thu 3 Dec", for days of a runner's log. */
    public static String shortDate(@Nullable LocalDate day) {
        return day == null ? "" : format("shortDate", day);
    }

    /** "Thursday 3 December". */
    public static String longDate(@Nullable LocalDate day) {
        return day == null ? "" : format("longDate", day);
    }

    /** "3 Dec 2026, 14:05". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return format("dateTime", instant.atZone(zone));
    }

    /** "3 Dec 2026, 14:05:09", where the order of events matters (the audit log). */
    public static String dateTimeWithSeconds(Instant instant, ZoneId zone) {
        return format("dateTimeSeconds", instant.atZone(zone));
    }

    /** "Thursday 3 December at 14:05 (Europe/Helsinki)", for when a link expires. */
    public static String deadline(Instant instant, ZoneId zone) {
        return Text.get("base.format.deadline", "when", format("longDateTime", instant.atZone(zone)),
                "zone", zone.getId());
    }

    /** The same in a given reader's language, for emails. */
    public static String deadline(Instant instant, ZoneId zone, Locale locale) {
        Language language = Language.orEnglish(locale);
        return Text.get(language, "base.format.deadline", "when",
                formatter(language, "longDateTime").format(instant.atZone(zone)), "zone", zone.getId());
    }

    /** "Mon" ("Mo.", "lun"). */
    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Text.locale());
    }

    /** "3 Dec", for chart axes. */
    public static String dayMonth(LocalDate day) {
        return format("dayMonth", day);
    }

    /** "today", "tomorrow" or the long date, inside a sentence. */
    public static String relativeDay(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return Text.get("base.day.today");
        }
        if (day.equals(today.plusDays(1))) {
            return Text.get("base.day.tomorrow");
        }
        return longDate(day);
    }

    /** "Today", "Yesterday", "3 days ago", or the date for anything a week or older; "Never" for none. */
    public static String ago(@Nullable Instant instant, Clock clock) {
        if (instant == null) {
            return Text.get("base.ago.never");
        }
        long days = ChronoUnit.DAYS.between(instant.atZone(clock.getZone()).toLocalDate(), LocalDate.now(clock));
        if (days < 7) {
            return Text.get("base.ago.days", "days", Math.max(0, days));
        }
        return date(instant, clock.getZone());
    }

    /** A pain score as "6/10", or a dash when there is none. */
    public static String score(@Nullable Integer score) {
        return score == null ? NO_SCORE : Text.get("base.score.short", "score", score);
    }

    /** A pain score in words, for screen readers: "6 out of 10", or "not recorded". */
    public static String scoreInWords(@Nullable Integer score) {
        return score == null ? Text.get("base.score.none") : Text.get("base.score.words", "score", score);
    }

    /** A whole number with thousands grouped: "12,000" ("12.000"). */
    public static String number(long value) {
        return Text.get("base.format.number", "value", value);
    }

    /** A distance in the person's unit with one decimal: "5.2 km", "3,2 mi". */
    public static String distance(double metres, DistanceUnit unit) {
        return Text.get("base.distance." + unit.name().toLowerCase(Locale.ROOT), "value", metres / unit.metres());
    }

    private static String format(String pattern, TemporalAccessor value) {
        return formatter(Text.language(), pattern).format(value);
    }

    private static DateTimeFormatter formatter(Language language, String pattern) {
        return PATTERNS.get(language).computeIfAbsent(pattern, name ->
                DateTimeFormatter.ofPattern(Text.get(language, "base.format." + name), language.locale()));
    }
}
