package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Issue 18: every dosage reads naturally in each language, in that language's own word order and
 * plurals. The expected texts are written by hand, one row per dosage: English, German, Spanish.
 */
class DosageSummaryLanguagesTest {

    private static final Locale SPANISH = Locale.of("es");

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    static Stream<Arguments> dosages() {
        return Stream.of(
                row("the brief's example",
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(10, 12)).hold(Range.of(5)).perSide(true)
                                .timesPerDay(Range.of(2)).daysPerWeek(7),
                        "2 sets × 10-12 reps, hold 5 s, each side · twice a day, every day",
                        "2 Sätze × 10-12 Wiederholungen, 5 s halten, je Seite · zweimal täglich, jeden Tag",
                        "2 series × 10-12 repeticiones, mantener 5 s, por lado · dos veces al día, todos los días"),
                row("singulars",
                        Dosage.builder().sets(Range.of(1)).reps(Range.of(1)).timesPerDay(Range.of(1)).daysPerWeek(1),
                        "1 set × 1 rep · once a day, 1 day a week",
                        "1 Satz × 1 Wiederholung · einmal täglich, 1 Tag pro Woche",
                        "1 serie × 1 repetición · una vez al día, 1 día a la semana"),
                row("plural sets of a single rep",
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(1)).hold(Range.of(45)),
                        "2 sets × 1 rep, hold 45 s",
                        "2 Sätze × 1 Wiederholung, 45 s halten",
                        "2 series × 1 repetición, mantener 45 s"),
                row("three times a day, days a week",
                        Dosage.builder().reps(Range.of(8)).timesPerDay(Range.of(3)).daysPerWeek(4),
                        "8 reps · 3 times a day, 4 days a week",
                        "8 Wiederholungen · 3-mal täglich, 4 Tage pro Woche",
                        "8 repeticiones · 3 veces al día, 4 días a la semana"),
                row("ranges of reps and of times a day",
                        Dosage.builder().reps(Range.of(10, 12)).timesPerDay(Range.of(2, 3)),
                        "10-12 reps · 2-3 times a day",
                        "10-12 Wiederholungen · 2-3-mal täglich",
                        "10-12 repeticiones · 2-3 veces al día"),
                row("named weekdays",
                        Dosage.builder().sets(Range.of(3)).reps(Range.of(8, 10)).perSide(true)
                                .weekdays(Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)),
                        "3 sets × 8-10 reps, each side · Mon, Wed, Fri",
                        "3 Sätze × 8-10 Wiederholungen, je Seite · Mo., Mi., Fr.",
                        "3 series × 8-10 repeticiones, por lado · lun, mié, vie"),
                row("all seven weekdays",
                        Dosage.builder().sets(Range.of(1, 2)).reps(Range.of(15)).weekdays(Set.of(DayOfWeek.values())),
                        "1-2 sets × 15 reps · every day",
                        "1-2 Sätze × 15 Wiederholungen · jeden Tag",
                        "1-2 series × 15 repeticiones · todos los días"),
                row("a duration in seconds",
                        Dosage.builder().duration(Range.of(30, 60)).daysPerWeek(3),
                        "30-60 s · 3 days a week",
                        "30-60 s · 3 Tage pro Woche",
                        "30-60 s · 3 días a la semana"),
                row("a duration in minutes and seconds",
                        Dosage.builder().duration(Range.of(90)),
                        "1 min 30 s", "1 min 30 s", "1 min 30 s"),
                row("a range of whole minutes",
                        Dosage.builder().duration(Range.of(60, 120)).timesPerDay(Range.of(1)),
                        "1-2 min · once a day",
                        "1-2 min · einmal täglich",
                        "1-2 min · una vez al día"),
                row("a range from one time to another",
                        Dosage.builder().duration(Range.of(90, 150)),
                        "1 min 30 s to 2 min 30 s",
                        "1 min 30 s bis 2 min 30 s",
                        "de 1 min 30 s a 2 min 30 s"),
                row("a held range",
                        Dosage.builder().reps(Range.of(3)).hold(Range.of(20, 30)).perSide(true),
                        "3 reps, hold 20-30 s, each side",
                        "3 Wiederholungen, 20-30 s halten, je Seite",
                        "3 repeticiones, mantener 20-30 s, por lado"),
                row("rest and load",
                        Dosage.builder().sets(Range.of(3)).reps(Range.of(12)).rest(60).load("red band")
                                .note("Keep your knee over your toes"),
                        "3 sets × 12 reps · rest 1 min between sets · red band",
                        "3 Sätze × 12 Wiederholungen · 1 min Pause zwischen den Sätzen · red band",
                        "3 series × 12 repeticiones · descanso de 1 min entre series · red band"),
                row("rest in seconds",
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(15)).rest(45).timesPerDay(Range.of(2)),
                        "2 sets × 15 reps · twice a day · rest 45 s between sets",
                        "2 Sätze × 15 Wiederholungen · zweimal täglich · 45 s Pause zwischen den Sätzen",
                        "2 series × 15 repeticiones · dos veces al día · descanso de 45 s entre series"),
                row("alternating reps",
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).sides(Sides.ALTERNATING),
                        "2 sets × 10 reps, each side, alternating",
                        "2 Sätze × 10 Wiederholungen, je Seite, abwechselnd",
                        "2 series × 10 repeticiones, por lado, alternando"),
                row("an alternating timed move",
                        Dosage.builder().sets(Range.of(1, 2)).duration(Range.of(30, 60)).sides(Sides.ALTERNATING),
                        "1-2 sets × 30-60 s, alternating sides",
                        "1-2 Sätze × 30-60 s, Seiten abwechselnd",
                        "1-2 series × 30-60 s, alternando lados"),
                row("phases, written in English",
                        Dosage.builder().reps(Range.of(10, 12)).sides(Sides.ALTERNATING).timesPerDay(Range.of(2, 3))
                                .phases(List.of(new Phase("Hold the bridge", Range.of(3, 5)),
                                        new Phase("Extend one knee and hold", Range.of(5, 10)))),
                        "10-12 reps, hold the bridge 3-5 s, then extend one knee and hold 5-10 s, each side, "
                                + "alternating · 2-3 times a day",
                        "10-12 Wiederholungen, Hold the bridge (3-5 s), dann Extend one knee and hold (5-10 s), "
                                + "je Seite, abwechselnd · 2-3-mal täglich",
                        "10-12 repeticiones, hold the bridge 3-5 s, luego extend one knee and hold 5-10 s, "
                                + "por lado, alternando · 2-3 veces al día"),
                row("phases, written in German: the nouns keep their capitals",
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(8))
                                .phases(List.of(new Phase("Brücke halten", Range.of(5)),
                                        new Phase("Becken senken", null))),
                        "2 sets × 8 reps, brücke halten 5 s, then becken senken",
                        "2 Sätze × 8 Wiederholungen, Brücke halten (5 s), dann Becken senken",
                        "2 series × 8 repeticiones, brücke halten 5 s, luego becken senken"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dosages")
    void eachLanguageReadsItsOwnWay(String what, Dosage dosage, String english, String german, String spanish) {
        assertThat(in(Locale.ENGLISH, dosage)).as("English").isEqualTo(english);
        assertThat(in(Locale.GERMAN, dosage)).as("German").isEqualTo(german);
        assertThat(in(SPANISH, dosage)).as("Spanish").isEqualTo(spanish);
    }

    /** A handout or an email names its reader's language, whatever the current one is. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dosages")
    void aGivenLanguageNeedsNoCurrentOne(String what, Dosage dosage, String english, String german, String spanish) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dosage.summary(Locale.GERMAN)).isEqualTo(german);
        assertThat(dosage.summary(SPANISH)).isEqualTo(spanish);
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(dosage.summary(Locale.ENGLISH)).isEqualTo(english);
    }

    @Test
    void roundsOfACircuit() {
        Dosage one = Dosage.builder().sets(Range.of(1)).duration(Range.of(30)).build();
        Dosage some = Dosage.builder().sets(Range.of(1, 2)).duration(Range.of(30)).build();

        assertThat(List.of(one.rounds(Locale.ENGLISH), some.rounds(Locale.ENGLISH))).containsExactly("1 round",
                "1-2 rounds");
        assertThat(List.of(one.rounds(Locale.GERMAN), some.rounds(Locale.GERMAN))).containsExactly("1 Runde",
                "1-2 Runden");
        assertThat(List.of(one.rounds(SPANISH), some.rounds(SPANISH))).containsExactly("1 vuelta", "1-2 vueltas");
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(some.summaryInCircuit()).isEqualTo("30 s");
        assertThat(some.rounds()).isEqualTo("1-2 Runden");
    }

    private static String in(Locale locale, Dosage dosage) {
        LocaleContextHolder.setLocale(locale);
        try {
            return dosage.summary();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static Arguments row(String what, Dosage.Builder dosage, String english, String german, String spanish) {
        return Arguments.of(what, dosage.build(), english, german, spanish);
    }
}
