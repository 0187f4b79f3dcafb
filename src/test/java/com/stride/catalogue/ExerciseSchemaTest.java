package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.test.IntegrationTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
            "unknown one-of      | equipment_any | array['KETTLEBELL', 'MAT'] | exercise_equipment_any_chk",
            "one-of of one piece | equipment_any | array['WALL']            | exercise_equipment_any_chk",
            "unknown optional    | equipment_optional | array['BARBELL']    | exercise_equipment_optional_chk",
            "needed and optional | equipment_optional | array['MAT']        | exercise_equipment_overlap_chk",
            "needed and one-of   | equipment_any | array['MAT', 'WALL']     | exercise_equipment_overlap_chk",
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
    void oneOfAndOptionalMayNotShareAPiece() {
        assertThatThrownBy(() -> insertCustom(Map.of("equipment", "'{}'", "equipment_any", "array['WALL', 'TABLE']",
                "equipment_optional", "array['TABLE']")))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("exercise_equipment_overlap_chk");
        assertThatCode(() -> insertCustom(Map.of("name", "'Valid drill two'", "equipment_any", "array['WALL', 'TABLE']",
                "equipment_optional", "array['RESISTANCE_BAND', 'WEIGHT']"))).doesNotThrowAnyException();
    }

    /** The vocabularies are said once in SQL (V15) and once in Java; they must be the same words. */
    @Test
    void javaAndTheDatabaseShareTheEquipmentAndPositionVocabularies() {
        assertThat(jdbc.queryForList("select unnest(exercise_equipment_codes())", String.class))
                .containsExactlyElementsOf(Arrays.stream(Equipment.values()).map(Enum::name).toList());
        assertThat(jdbc.queryForList("select unnest(exercise_position_codes())", String.class))
                .containsExactlyElementsOf(Arrays.stream(Position.values()).map(Enum::name).toList());
        // and each has its search words
        for (Enum<?> code : List.<Enum<?>>of(Equipment.WEIGHT, Position.HANDS_AND_FEET)) {
            assertThat(jdbc.queryForObject("select catalogue_term(?)", String.class, code.name()))
                    .isNotEqualTo(code.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
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
