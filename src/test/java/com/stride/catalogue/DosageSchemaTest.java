package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.test.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The three tables that hold a dosage (an exercise's default, a plan item, a template item) refuse
 * every broken dosage rule through the one rule of V8, {@code dosage_problem()}: each case is
 * refused by the table's single dosage CHECK, and the function names the rule it breaks.
 */
@IntegrationTest
class DosageSchemaTest {

    private static final String[] TABLES = {"exercise", "plan_item", "plan_template_item"};

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    /** What breaks a rule: the columns changed on a valid dosage (10-12 reps), and the rule's name. */
    static Stream<Arguments> brokenRules() {
        Stream<Arguments> cases = Stream.of(
                broken("zero reps", "reps", "reps_min", "0", "reps_max", "null"),
                broken("101 reps", "reps", "reps_min", "101", "reps_max", "null"),
                broken("a range up to 101 reps", "reps", "reps_max", "101"),
                broken("reps max below min", "reps", "reps_max", "5"),
                broken("reps max equal to min", "reps", "reps_max", "10"),
                broken("max without min", "sets", "sets_max", "3"),
                broken("11 sets", "sets", "sets_min", "11"),
                broken("negative hold", "hold", "hold_min_s", "-5"),
                broken("601-second hold", "hold", "hold_min_s", "601"),
                broken("3601-second duration", "duration", "duration_min_s", "3601"),
                broken("7 times a day", "times_per_day", "times_per_day_min", "7"),
                broken("nothing to do", "something_to_do", "reps_min", "null", "reps_max", "null"),
                broken("0 days a week", "days_per_week", "days_per_week", "0"),
                broken("8 days a week", "days_per_week", "days_per_week", "8"),
                broken("no weekday in the mask", "weekdays", "weekdays", "0"),
                broken("a weekday mask past Sunday", "weekdays", "weekdays", "128"),
                broken("days a week and named weekdays", "one_schedule", "days_per_week", "3", "weekdays", "5"),
                broken("zero rest", "rest", "rest_s", "0"),
                broken("601 seconds of rest", "rest", "rest_s", "601"),
                broken("blank load", "load", "load_text", "'   '"),
                broken("blank note", "note", "dose_note", "' '"),
                broken("no sides", "sides", "sides", "'SOMETIMES'"),
                broken("four phases", "phases", "phase_labels", "array['a', 'b', 'c', 'd']", "phase_min_s",
                        "array[1, 2, 3, 4]", "phase_max_s", "array[null, null, null, null]::integer[]"),
                broken("a phase without its time", "phases", "phase_labels", "array['Hold']", "phase_min_s",
                        "'{}'::integer[]", "phase_max_s", "'{}'::integer[]"),
                broken("a blank phase label", "phases", "phase_labels", "array[' ']", "phase_min_s", "array[5]",
                        "phase_max_s", "array[null]::integer[]"),
                broken("a 601-second phase", "phases", "phase_labels", "array['Hold']", "phase_min_s", "array[601]",
                        "phase_max_s", "array[null]::integer[]"),
                broken("phases and a hold", "phases_need_reps", "phase_labels", "array['Hold']", "phase_min_s",
                        "array[5]", "phase_max_s", "array[null]::integer[]", "hold_min_s", "5"),
                broken("phases without reps", "phases_need_reps", "phase_labels", "array['Hold']", "phase_min_s",
                        "array[5]", "phase_max_s", "array[null]::integer[]", "reps_min", "null", "reps_max", "null",
                        "duration_min_s", "30"));
        return cases.flatMap(c -> Stream.of(TABLES).map(table -> Arguments.of(table, c.get()[0], c.get()[1],
                c.get()[2])));
    }

    private static Arguments broken(String why, String rule, String... columnsAndValues) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            overrides.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return Arguments.of(why, rule, overrides);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("brokenRules")
    void everyTableRefusesEveryBrokenRule(String table, String why, String rule, Map<String, String> overrides) {
        Map<String, String> dosage = dosage(overrides);
        assertThat(jdbc.queryForObject("select dosage_problem(" + String.join(", ", dosage.values()) + ")",
                String.class)).as(why).isEqualTo(rule);
        inRolledBackTransaction(() -> assertThatThrownBy(() -> insert(table, dosage))
                .as(why).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(table + "_dosage_chk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"exercise", "plan_item", "plan_template_item"})
    void everyTableAcceptsAValidDosageAtItsLimits(String table) {
        Map<String, String> limits = new LinkedHashMap<>();
        limits.put("sets_min", "1");
        limits.put("sets_max", String.valueOf(DosageLimits.SETS_MAX));
        limits.put("reps_min", "99");
        limits.put("reps_max", String.valueOf(DosageLimits.REPS_MAX));
        limits.put("hold_min_s", String.valueOf(DosageLimits.HOLD_SECONDS_MAX));
        limits.put("duration_min_s", "1");
        limits.put("duration_max_s", String.valueOf(DosageLimits.DURATION_SECONDS_MAX));
        limits.put("times_per_day_min", String.valueOf(DosageLimits.TIMES_PER_DAY_MAX));
        limits.put("weekdays", "127");
        limits.put("rest_s", String.valueOf(DosageLimits.REST_SECONDS_MAX));
        limits.put("load_text", "'" + "b".repeat(DosageLimits.LOAD_MAX_LENGTH) + "'");
        limits.put("dose_note", "'" + "n".repeat(DosageLimits.NOTE_MAX_LENGTH) + "'");
        limits.put("hold_min_s", "null");
        limits.put("sides", "'ALTERNATING'");
        limits.put("phase_labels", "array['" + "p".repeat(DosageLimits.PHASE_LABEL_MAX_LENGTH) + "', 'b', 'c']");
        limits.put("phase_min_s", "array[1, 599, " + DosageLimits.HOLD_SECONDS_MAX + "]");
        limits.put("phase_max_s", "array[" + DosageLimits.HOLD_SECONDS_MAX + ", 600, null]::integer[]");
        Map<String, String> dosage = dosage(limits);
        assertThat(jdbc.queryForObject("select dosage_problem(" + String.join(", ", dosage.values()) + ")",
                String.class)).isNull();
        inRolledBackTransaction(() -> assertThatCode(() -> insert(table, dosage)).doesNotThrowAnyException());
    }

    /** A restore (pg_dump) loads rows with an empty search_path: the rules must still find their functions. */
    @Test
    void theRulesHoldWhileABackupIsRestored() {
        inRolledBackTransaction(() -> {
            jdbc.execute("set local search_path to ''");
            assertThatCode(() -> {
                jdbc.update("""
                        insert into public.exercise (clinic_id, name, category, regions, position, equipment, steps,
                                                     one_side, created_at, updated_at, reps_min)
                        select c.id, 'Restored drill', 'STRETCH', array['HIPS'], 'STANDING', array['MAT'],
                               array['Do it'], false, now(), now(), 10
                        from public.clinic c where c.name = 'Riverside Physio'""");
                jdbc.update("""
                        insert into public.plan_item (revision_id, position, exercise_id, reps_min)
                        select r.id, 29, (select id from public.exercise where code = 'glute-bridge'), 10
                        from public.plan p join public.plan_revision r on r.plan_id = p.id
                        join public.app_user u on u.id = p.runner_id
                        where u.username = 'runner.lena' and p.status = 'DRAFT'""");
                jdbc.update("""
                        insert into public.plan_template_item (template_id, position, exercise_id, reps_min)
                        select t.id, 29, (select id from public.exercise where code = 'glute-bridge'), 10
                        from public.plan_template t where t.code = 'post-run-stretches'""");
            }).doesNotThrowAnyException();
            assertThat(jdbc.queryForObject("select search_text from public.exercise where name = 'Restored drill'",
                    String.class)).contains("hip hips pelvis");
        });
    }

    /** The nineteen dosage columns of dosage_problem(), in its order: 10-12 reps, then the overrides. */
    private static Map<String, String> dosage(Map<String, String> overrides) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : new String[] {"sets_min", "sets_max", "reps_min", "reps_max", "hold_min_s",
                "hold_max_s", "duration_min_s", "duration_max_s", "times_per_day_min", "times_per_day_max",
                "days_per_week", "weekdays", "rest_s", "load_text", "dose_note", "sides", "phase_labels",
                "phase_min_s", "phase_max_s"}) {
            columns.put(column, "null");
        }
        columns.put("sides", "'BOTH'");
        columns.put("phase_labels", "'{}'::text[]");
        columns.put("phase_min_s", "'{}'::integer[]");
        columns.put("phase_max_s", "'{}'::integer[]");
        columns.put("reps_min", "10");
        columns.put("reps_max", "12");
        columns.putAll(overrides);
        columns.replaceAll((column, value) -> value.equals("null") ? "null::" + type(column) : value);
        return columns;
    }

    private static String type(String column) {
        return column.equals("load_text") || column.equals("dose_note") ? "text" : "integer";
    }

    /** A row of the table with the given dosage and everything else valid. */
    private void insert(String table, Map<String, String> dosage) {
        String columns = String.join(", ", dosage.keySet());
        String values = String.join(", ", dosage.values());
        switch (table) {
            case "exercise" -> jdbc.update("""
                    insert into exercise (clinic_id, name, category, regions, position, equipment, steps, one_side,
                                          created_at, updated_at, %s)
                    select c.id, 'Dosed drill', 'STRETCH', array['HIPS'], 'STANDING', array['MAT'], array['Do it'],
                           false, now(), now(), %s
                    from clinic c where c.name = 'Riverside Physio'""".formatted(columns, values));
            // Lena's draft (demo data): a draft's revision may still take items
            case "plan_item" -> jdbc.update("""
                    insert into plan_item (revision_id, position, exercise_id, %s)
                    select r.id, 29, (select id from exercise where code = 'glute-bridge'), %s
                    from plan p join plan_revision r on r.plan_id = p.id
                    join app_user u on u.id = p.runner_id
                    where u.username = 'runner.lena' and p.status = 'DRAFT'""".formatted(columns, values));
            case "plan_template_item" -> jdbc.update("""
                    insert into plan_template_item (template_id, position, exercise_id, %s)
                    select t.id, 29, (select id from exercise where code = 'glute-bridge'), %s
                    from plan_template t where t.code = 'post-run-stretches'""".formatted(columns, values));
            default -> throw new IllegalArgumentException(table);
        }
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where load_text is not distinct from "
                + dosage.get("load_text") + " and dose_note is not distinct from " + dosage.get("dose_note")
                + " and reps_min is not distinct from " + dosage.get("reps_min"), Integer.class))
                .as("the row is stored").isPositive();
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
