package com.stride.log;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.PainHistory;
import com.stride.test.SignedInAs;
import com.stride.test.TestPlans;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The flags of the pain-monitoring model (runner_flags, V14) on hand-made histories: each row is
 * a runner's sessions (days ago, pain during, the next morning) and exactly the flags a PT should
 * see. Priya does one session a day of a glute bridge and a calf raise.
 */
@IntegrationTest
@FreshDatabase
@SignedInAs("pt.maya")
class PainFlagsTest {

    @Autowired
    private ProgressService progress;

    @Autowired
    private PlanService plans;

    @Autowired
    private LogBackfill backfill;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    static Stream<Arguments> histories() {
        return Stream.<Arguments>of(
                row("nothing logged since the plan started 40 days ago", h -> { }, FlagKind.INACTIVE),
                row("0 every day, then 2: still safe, no rise", h -> h.days(10, 1, 0).day(0, 2)),
                row("6 in the first week, 1 for the last two weeks, then 4: a flare after an improvement",
                        h -> h.days(27, 24, 6).day(12, 1).day(9, 1).day(6, 1).day(3, 1).day(0, 4),
                        FlagKind.PAIN_RISE),
                row("the same flare inside two weeks: 6 once, 1 four times, then 4 (average 2.0, +2 and +100 %)",
                        h -> h.day(8, 6).day(6, 1).day(4, 1).day(3, 1).day(2, 1).day(0, 4),
                        FlagKind.PAIN_HIGH, FlagKind.PAIN_RISE),
                row("3, 3, 3 then 5: +2 points and +67 %", h -> h.day(5, 3).day(3, 3).day(1, 3).day(0, 5),
                        FlagKind.PAIN_RISE),
                row("2, 3 then 4: +1.5 points is noise", h -> h.day(4, 2).day(2, 3).day(0, 4)),
                row("7, 7 then 9: +2 points but only +29 %, already too much",
                        h -> h.day(4, 7).day(2, 7).day(0, 9), FlagKind.PAIN_HIGH),
                row("a 5 is acceptable: no flag", h -> h.day(1, 5, 5)),
                row("2 during, 4 the next morning: worse by 2", h -> h.day(1, 2, 4), FlagKind.MORNING_WORSE),
                row("2 during, 3 the next morning: worse by 1 is noise", h -> h.day(1, 2, 3)),
                row("4 during, 6 the next morning: too much and worse",
                        h -> h.day(1, 4, 6), FlagKind.PAIN_HIGH, FlagKind.MORNING_WORSE),
                row("5 every other day two to four weeks ago, 1-2 every day since: improving",
                        h -> everyOtherDay(h, 27, 14, 5).days(13, 7, 2).days(6, 0, 1), FlagKind.IMPROVING),
                row("the same fall with only 4 of 14 days done: not enough to act on",
                        h -> everyOtherDay(h, 27, 14, 5).day(12, 1).day(8, 1).day(4, 1).day(0, 1)),
                row("the bridge painful twice in a row", h -> h.day(2, 3).day(1, 3)
                        .rated(2, bridge(h), "PAINFUL").rated(1, bridge(h), "PAINFUL"), FlagKind.PAINFUL_EXERCISE),
                row("painful, then about right: no flag", h -> h.day(2, 3).day(1, 3)
                        .rated(2, bridge(h), "PAINFUL").rated(1, bridge(h), "RIGHT")),
                row("7 with swelling ticked: urgent", h -> h.day(0, 7).signs(0, "SWELLING"),
                        FlagKind.WARNING_SIGNS, FlagKind.PAIN_HIGH),
                row("7 and none of the signs: no urgent flag", h -> h.day(0, 7).signs(0), FlagKind.PAIN_HIGH));
    }

    private static Arguments row(String name, Consumer<PainHistory> history, FlagKind... expected) {
        return Arguments.of(name, history, List.of(expected));
    }

    private static PainHistory everyOtherDay(PainHistory history, int from, int to, int during) {
        for (int daysAgo = from; daysAgo >= to; daysAgo -= 2) {
            history.day(daysAgo, during);
        }
        return history;
    }

    /** The stock glute bridge's id, known once {@link #start()} ran (the rows run after it). */
    private static long bridge(PainHistory history) {
        return bridge;
    }

    private static long bridge;

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void raisesExactlyTheFlagsTheModelCallsFor(String name, Consumer<PainHistory> history, List<FlagKind> expected) {
        history.accept(start());
        assertThat(progress.progress(userId("runner.priya"), 4).flags()).as(name).extracting(Flag::kind)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void everyFlagSaysWhyWithTheNumbers() {
        start().days(27, 24, 6).day(12, 1).day(9, 1).day(6, 1).day(3, 1).day(1, 4, 6).signs(1, "BONE_SPOT", "NUMBNESS")
                .rated(3, bridge, "PAINFUL").rated(1, bridge, "PAINFUL");
        List<Flag> flags = progress.progress(userId("runner.priya"), 4).flags();
        String day = com.stride.base.text.Formats.shortDate(java.time.LocalDate.now(clock).minusDays(1));
        assertThat(flags).extracting(Flag::kind).containsExactly(FlagKind.WARNING_SIGNS, FlagKind.PAIN_HIGH,
                FlagKind.PAIN_RISE, FlagKind.MORNING_WORSE, FlagKind.PAINFUL_EXERCISE);
        assertThat(flags).extracting(Flag::reason).containsExactly(
                "Reported on " + day + ", with pain 6/10: sharp pain at one spot on a bone, numbness or tingling. "
                        + "The runner was asked to contact the clinic.",
                "6/10 the morning after the session of " + day + ": above 5 is too much.",
                "4/10 on " + day + ", up from an average of 1.0 over 4 scores in the 14 days before (a rise of 2+ "
                        + "points and 30 %+ is meaningful).",
                "6/10 the morning after the session of " + day + ", against 4/10 during it: 2 points or more worse "
                        + "means the load was too high.",
                "Rated \"painful\" the last two times: Glute bridge.");
    }

    @Test
    void improvementSaysHowMuchAndHowMuchWasDone() {
        everyOtherDay(start(), 27, 14, 5).days(13, 7, 2).days(6, 0, 1);
        Flag improving = progress.progress(userId("runner.priya"), 4).flags().getFirst();
        // last 14 days: 7 × 2 and 7 × 1 = 1.5; before: 7 × 5 = 5.0; every day's session done
        assertThat(improving.reason()).isEqualTo("Average pain 1.5 in the last 14 days, down from 5.0 in the 14 days "
                + "before, with 100 % of the exercises due done.");
    }

    /** The SQL functions' numbers and the Java constants are the same (one home each, compared here). */
    @Test
    void theModelsNumbersAgreeBetweenSqlAndJava() {
        assertThat(jdbc.queryForObject("select pain_safe_max()", Integer.class)).isEqualTo(LogLimits.PAIN_SAFE_MAX);
        assertThat(jdbc.queryForObject("select pain_too_much_above()", Integer.class))
                .isEqualTo(LogLimits.PAIN_TOO_MUCH_ABOVE);
        assertThat(jdbc.queryForObject("select pain_change_points()", Integer.class)).isEqualTo(Pain.CHANGE_POINTS);
        assertThat(jdbc.queryForObject("select pain_change_percent()", Integer.class)).isEqualTo(Pain.CHANGE_PERCENT);
        assertThat(jdbc.queryForObject("select pain_baseline_days()", Integer.class)).isEqualTo(Pain.BASELINE_DAYS);
        assertThat(jdbc.queryForObject("select pain_good_adherence_percent()", Integer.class))
                .isEqualTo(Pain.GOOD_ADHERENCE_PERCENT);
        assertThat(jdbc.queryForList("""
                select unnest(string_to_array(substring(pg_get_constraintdef(oid) from '\\[(.*)\\]'), ', '))
                from pg_constraint where conname = 'session_log_warning_signs_chk'""", String.class))
                .extracting(value -> value.replaceAll("'|::text", ""))
                .containsExactlyElementsOf(Stream.of(WarningSign.values()).map(Enum::name).toList());
        assertThat(Set.of(FlagKind.values())).allSatisfy(kind -> assertThat(jdbc.queryForObject(
                "select count(*) from pg_constraint where conname = 'runner_flag_seen_kind_chk' "
                        + "and pg_get_constraintdef(oid) like ?", Integer.class, "%'" + kind.name() + "'%"))
                .as(kind.name()).isEqualTo(1));
    }

    private PainHistory start() {
        bridge = TestPlans.stock(jdbc, "glute-bridge");
        return PainHistory.start(plans, jdbc, backfill, clock, List.of(
                new PlanItemDraft(bridge, Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build()),
                new PlanItemDraft(TestPlans.stock(jdbc, "single-leg-calf-raise"),
                        Dosage.builder().sets(Range.of(3)).reps(Range.of(15)).perSide(true).build())));
    }
}
