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

/**
 * The database refuses exercises that break the vocabularies or the limits. The dosage rules, which
 * an exercise's default shares with plan and template items, are proven in {@link DosageSchemaTest}.
 */
@IntegrationTest
class ExerciseSchemaTest {

    @Autowired
    private JdbcTemplate jdbc;

    @ParameterizedTest(name = "refuses {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "unknown region      | regions       | array['ELBOW']           | exercise_regions_chk",
            "no region           | regions       | array[]::text[]          | exercise_regions_chk",
            "unknown equipment   | equipment     | array['KETTLEBELL']      | exercise_equipment_chk",
            "unknown position    | position      | 'HANGING'                | exercise_position_chk",
            "unknown category    | category      | 'CARDIO'                 | exercise_category_chk",
            "no steps            | steps         | array[]::text[]          | exercise_steps_chk",
            "501-character step  | steps         | array[repeat('a', 501)]  | exercise_steps_chk",
            "blank step          | steps         | array['  ']              | exercise_steps_chk",
            "two-letter name     | name          | 'Dr'                     | exercise_name_chk",
            "http video          | video_url     | 'http://example.org'     | exercise_video_url_chk",
    })
    void refusesInvalidExercises(String why, String column, String expression, String constraint) {
        assertThatThrownBy(() -> insertCustom(Map.of(column, expression)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(constraint);
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
