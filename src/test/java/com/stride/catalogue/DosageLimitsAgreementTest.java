package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.plan.PlanLimits;
import com.stride.test.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Java limits and the database agree: for every limit, the Java rules ({@link DosageRules} with
 * {@link DosageLimits}) and the database's {@code dosage_problem()} accept and refuse the same values
 * on both sides of it; a plan holds as many items in Java ({@link PlanLimits#MAX_ITEMS}) as the
 * database stores.
 */
@IntegrationTest
class DosageLimitsAgreementTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    static Stream<Arguments> limits() {
        Dosage reps = Dosage.builder().reps(Range.of(10)).build();
        return Stream.of(
                limit("sets", DosageLimits.SETS_MAX, n -> reps.toBuilder().sets(Range.of(n)).build()),
                limit("sets range", DosageLimits.SETS_MAX, n -> reps.toBuilder().sets(new Range(1, n)).build()),
                limit("reps", DosageLimits.REPS_MAX, n -> reps.toBuilder().reps(Range.of(n)).build()),
                limit("reps range", DosageLimits.REPS_MAX, n -> reps.toBuilder().reps(new Range(1, n)).build()),
                limit("hold", DosageLimits.HOLD_SECONDS_MAX, n -> reps.toBuilder().hold(Range.of(n)).build()),
                limit("duration", DosageLimits.DURATION_SECONDS_MAX,
                        n -> Dosage.builder().duration(Range.of(n)).build()),
                limit("times a day", DosageLimits.TIMES_PER_DAY_MAX,
                        n -> reps.toBuilder().timesPerDay(Range.of(n)).build()),
                limit("days a week", DosageLimits.DAYS_PER_WEEK_MAX, n -> reps.toBuilder().daysPerWeek(n).build()),
                limit("rest", DosageLimits.REST_SECONDS_MAX, n -> reps.toBuilder().rest(n).build()),
                limit("load", DosageLimits.LOAD_MAX_LENGTH, n -> reps.toBuilder().load("b".repeat(n)).build()),
                limit("note", DosageLimits.NOTE_MAX_LENGTH, n -> reps.toBuilder().note("n".repeat(n)).build()),
                limit("phases", DosageLimits.PHASES_MAX, n -> reps.toBuilder().phases(java.util.Collections.nCopies(n,
                        new Phase("Hold", Range.of(5)))).build()),
                limit("phase time", DosageLimits.HOLD_SECONDS_MAX, n -> reps.toBuilder().phases(List.of(
                        new Phase("Hold", Range.of(n)))).build()),
                limit("phase label", DosageLimits.PHASE_LABEL_MAX_LENGTH, n -> reps.toBuilder().phases(List.of(
                        new Phase("h".repeat(n), Range.of(5)))).build()));
    }

    private static Arguments limit(String what, int max, IntFunction<Dosage> dosage) {
        return Arguments.of(what, max, dosage);
    }

    @ParameterizedTest(name = "{0}: 1 to {1}")
    @MethodSource("limits")
    void javaAndTheDatabaseAcceptAndRefuseTheSameValues(String what, int max, IntFunction<Dosage> dosage) {
        for (int value : new int[] {DosageLimits.MIN, max, max + 1}) {
            Dosage tried = dosage.apply(value);
            boolean javaAccepts = DosageRules.check(tried).isEmpty();
            boolean databaseAccepts = databaseProblem(tried) == null;
            assertThat(javaAccepts).as(what + " " + value + " in Java").isEqualTo(value <= max);
            assertThat(databaseAccepts).as(what + " " + value + " in the database").isEqualTo(javaAccepts);
        }
        if (!what.equals("load") && !what.equals("note") && !what.equals("phases")) {
            Dosage zero = dosage.apply(DosageLimits.MIN - 1);
            assertThat(DosageRules.check(zero).isEmpty()).as(what + " 0 in Java").isFalse();
            assertThat(databaseProblem(zero)).as(what + " 0 in the database").isNotNull();
        }
    }

    @Test
    void aPlanHoldsAsManyCircuitsInJavaAsInTheDatabaseAndACircuitMoveHasRounds() {
        assertThat(jdbc.queryForObject("select plan_circuits_max()", Integer.class)).isEqualTo(PlanLimits.CIRCUITS_MAX);
        for (String table : new String[] {"plan_item", "plan_template_item"}) {
            inRolledBackTransaction(() -> assertThatCode(() -> jdbc.update(circuitRow(table, PlanLimits.CIRCUITS_MAX,
                    "2"))).doesNotThrowAnyException());
            inRolledBackTransaction(() -> assertThatThrownBy(() -> jdbc.update(circuitRow(table,
                    PlanLimits.CIRCUITS_MAX + 1, "2"))).hasMessageContaining(table + "_circuit_chk"));
            inRolledBackTransaction(() -> assertThatThrownBy(() -> jdbc.update(circuitRow(table, 1, "null")))
                    .as("a move of a circuit without rounds").hasMessageContaining(table + "_circuit_chk"));
        }
    }

    private static String circuitRow(String table, int circuit, String sets) {
        return table.equals("plan_item") ? """
                insert into plan_item (revision_id, position, exercise_id, reps_min, sets_min, circuit)
                select r.id, 29, (select id from exercise where code = 'glute-bridge'), 10, %s, %d
                from plan p join plan_revision r on r.plan_id = p.id join app_user u on u.id = p.runner_id
                where u.username = 'runner.lena' and p.status = 'DRAFT'""".formatted(sets, circuit) : """
                insert into plan_template_item (template_id, position, exercise_id, reps_min, sets_min, circuit)
                select t.id, 29, (select id from exercise where code = 'glute-bridge'), 10, %s, %d
                from plan_template t where t.code = 'post-run-stretches'""".formatted(sets, circuit);
    }

    @Test
    void theMostSessionsADayAreTheSameInJavaAndInTheDatabase() {
        assertThat(jdbc.queryForObject("select sessions_per_day_max()", Integer.class))
                .isEqualTo(DosageLimits.TIMES_PER_DAY_MAX);
    }

    @Test
    void aPlanAndATemplateHoldAsManyExercisesInJavaAsInTheDatabase() {
        assertThat(jdbc.queryForObject("select plan_items_max()", Integer.class)).isEqualTo(PlanLimits.MAX_ITEMS);
        for (String table : new String[] {"plan_item", "plan_template_item"}) {
            inRolledBackTransaction(() -> assertThatCode(() -> insertAt(table, PlanLimits.MAX_ITEMS - 1))
                    .as(table + " at the last position").doesNotThrowAnyException());
            inRolledBackTransaction(() -> assertThatThrownBy(() -> insertAt(table, PlanLimits.MAX_ITEMS))
                    .as(table + " past the last position").isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining(table + "_position_chk"));
        }
    }

    /** The database's verdict on the dosage, as a plan item would store it. */
    private String databaseProblem(Dosage dosage) {
        StoredDosage stored = StoredDosage.from(dosage);
        List<Object> values = new ArrayList<>();
        for (Range range : new Range[] {dosage.sets(), dosage.reps(), dosage.holdSeconds(), dosage.durationSeconds(),
                dosage.timesPerDay()}) {
            values.add(range == null ? null : range.min());
            values.add(range == null ? null : range.max());
        }
        values.add(dosage.daysPerWeek());
        values.add(StoredDosage.toBits(dosage.weekdays()));
        values.add(dosage.restSeconds());
        values.add(dosage.load());
        values.add(dosage.note());
        values.add(dosage.sides().name());
        assertThat(stored.toDosage()).isEqualTo(dosage);
        String labels = dosage.phases().stream().map(phase -> "'" + phase.label().replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(", ", "array[", "]::text[]"));
        String min = dosage.phases().stream().map(phase -> String.valueOf(phase.seconds().min()))
                .collect(java.util.stream.Collectors.joining(", ", "array[", "]::integer[]"));
        String max = dosage.phases().stream().map(phase -> String.valueOf(phase.seconds().max()))
                .collect(java.util.stream.Collectors.joining(", ", "array[", "]::integer[]"));
        return jdbc.queryForObject("""
                select dosage_problem(?::integer, ?::integer, ?::integer, ?::integer, ?::integer, ?::integer,
                                      ?::integer, ?::integer, ?::integer, ?::integer, ?::integer, ?::integer,
                                      ?::integer, ?::text, ?::text, ?::text, %s, %s, %s)""".formatted(labels, min, max),
                String.class, values.toArray());
    }

    private void insertAt(String table, int position) {
        if (table.equals("plan_item")) {
            jdbc.update("""
                    insert into plan_item (revision_id, position, exercise_id, reps_min)
                    select r.id, ?, (select id from exercise where code = 'glute-bridge'), 10
                    from plan p join plan_revision r on r.plan_id = p.id join app_user u on u.id = p.runner_id
                    where u.username = 'runner.lena' and p.status = 'DRAFT'""", position);
        } else {
            jdbc.update("""
                    insert into plan_template_item (template_id, position, exercise_id, reps_min)
                    select t.id, ?, (select id from exercise where code = 'glute-bridge'), 10
                    from plan_template t where t.code = 'post-run-stretches'""", position);
        }
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
