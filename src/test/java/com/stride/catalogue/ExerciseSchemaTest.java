package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.test.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database refuses exercises that break the vocabularies, the limits or the dosage rules. */
@IntegrationTest
class ExerciseSchemaTest {

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "refuses {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "unknown region      | regions       | array['ELBOW']",
            "no region           | regions       | array[]::text[]",
            "unknown equipment   | equipment     | array['KETTLEBELL']",
            "unknown position    | position      | 'HANGING'",
            "unknown category    | category      | 'CARDIO'",
            "no steps            | steps         | array[]::text[]",
            "501-character step  | steps         | array[repeat('a', 501)]",
            "blank step          | steps         | array['  ']",
            "two-letter name     | name          | 'Dr'",
            "zero reps           | reps_min      | 0",
            "101 reps            | reps_min      | 101",
            "reps max below min  | reps_max      | 5",
            "negative hold       | hold_min_s    | -5",
            "11 sets             | sets_min      | 11",
            "8 days a week       | days_per_week | 8",
            "http video          | video_url     | 'http://example.org'",
            "nothing to do       | reps_min      | null",
    })
    void refusesInvalidExercises(String why, String column, String expression) {
        assertThatThrownBy(() -> insertCustom(Map.of(column, expression)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void acceptsAValidCustomExerciseAndRefusesAStockOneWithoutCode() {
        assertThatCode(() -> insertCustom(Map.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> jdbc.update("""
                insert into exercise (name, category, regions, position, equipment, steps, reps_min, one_side,
                                      created_at, updated_at)
                values ('Orphan', 'STRETCH', array['HIPS'], 'STANDING', array['MAT'], array['Do it'], 10, false, now(), now())"""))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void imagesMustBeOfAnAcceptedTypeAndSize() {
        long id = jdbc.queryForObject("select id from exercise where code = 'glute-bridge'", Long.class);
        assertThatThrownBy(() -> jdbc.update("""
                insert into exercise_image (exercise_id, content_type, byte_size, data, updated_at)
                values (?, 'image/svg+xml', 3, '\\x414243'::bytea, now())""", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("""
                insert into exercise_image (exercise_id, content_type, byte_size, data, updated_at)
                values (?, 'image/png', 99, '\\x414243'::bytea, now())""", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** Inserts a valid custom exercise, with the given columns replaced by SQL expressions. */
    private void insertCustom(Map<String, String> overrides) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("name", "'Valid drill'");
        columns.put("category", "'STRETCH'");
        columns.put("regions", "array['HIPS']");
        columns.put("position", "'STANDING'");
        columns.put("equipment", "array['MAT']");
        columns.put("steps", "array['Do it']");
        columns.put("reps_min", "10");
        columns.put("reps_max", "12");
        columns.putAll(overrides);
        jdbc.update("""
                insert into exercise (clinic_id, one_side, created_at, updated_at, %s)
                select c.id, false, now(), now(), %s from clinic c where c.name = 'Riverside Physio'"""
                .formatted(String.join(", ", columns.keySet()), String.join(", ", columns.values())));
    }
}
