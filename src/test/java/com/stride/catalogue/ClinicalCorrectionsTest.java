package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.log.CoachProgram;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.TestPlans;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clinical review of issue 16 is in a fresh database (V15): schedules, the post-run routine's
 * length, the standing march, equipment, the reworded cues, downward dog's position and the three
 * exercises the progressions need. See docs/decisions/2026-12-02-clinical-review.md.
 */
@IntegrationTest
class ClinicalCorrectionsTest {

    @Autowired
    private CatalogueService catalogue;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void hipStrengthIsThreeDaysAWeekAndItsStretchesEveryDay() {
        List<Map<String, Object>> items = jdbc.queryForList("""
                select e.code, e.category, i.days_per_week, i.weekdays from plan_template_item i
                join exercise e on e.id = i.exercise_id
                join plan_template t on t.id = i.template_id
                where t.code = 'hip-strength' and t.clinic_id is null order by i.position""");
        assertThat(items).hasSize(11);
        assertThat(items).filteredOn(i -> i.get("category").equals("STRENGTHENING")).hasSize(7)
                .allSatisfy(i -> assertThat(i.get("days_per_week")).as(i.get("code").toString()).isEqualTo(3));
        assertThat(items).filteredOn(i -> i.get("category").equals("STRETCH")).hasSize(4)
                .allSatisfy(i -> assertThat(i.get("days_per_week")).as(i.get("code").toString()).isEqualTo(7));
        assertThat(items).allSatisfy(i -> assertThat(i.get("weekdays")).isNull());
    }

    @Test
    void stockStrengtheningDefaultsToThreeDaysAWeekExceptWhereTheSeedSaysOtherwise() {
        SignIn.as("pt.maya");
        List<String> strengthening = jdbc.queryForList("""
                select code from exercise where clinic_id is null and category = 'STRENGTHENING' order by code""",
                String.class);
        assertThat(strengthening).hasSize(13);
        for (String code : strengthening) {
            Dosage dose = catalogue.get(TestPlans.stock(jdbc, code)).defaultDosage();
            if (code.equals("glute-bridge-single-leg-extension")) {
                // seed 002: 10-12 repetitions, 2-3 times a day
                assertThat(dose.timesPerDay()).isEqualTo(Range.of(2, 3));
                assertThat(dose.daysPerWeek()).isNull();
            } else {
                assertThat(dose.daysPerWeek()).as(code).isEqualTo(3);
            }
        }
        // the seed 002 pair keeps the article's frequencies
        assertThat(jdbc.queryForList("""
                select coalesce(i.days_per_week, 0) || '/' || coalesce(i.times_per_day_min, 0) from plan_template_item i
                join plan_template t on t.id = i.template_id
                where t.code = 'glute-bridge-hip-flexor' order by i.position""", String.class))
                .containsExactly("0/2", "7/0");
    }

    @Test
    void thePostRunStretchesTakeFiveToTenMinutesByTheCoachsEstimate() {
        List<Integer> seconds = jdbc.query("""
                select e.name, %s from plan_template_item i
                join exercise e on e.id = i.exercise_id
                join plan_template t on t.id = i.template_id
                where t.code = 'post-run-stretches' and t.clinic_id is null order by i.position"""
                        .formatted(DosageRows.columns("i")),
                (row, n) -> CoachProgram.estimatedSeconds(CoachProgram.of(DosageRows.read(row),
                        row.getString("name"))));
        assertThat(seconds).hasSize(7);
        int total = seconds.stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isBetween(5 * 60, 10 * 60);
        // one 30 s hold on each side of every one-sided stretch
        assertThat(jdbc.queryForList("""
                select distinct i.reps_min || 'x' || i.hold_min_s from plan_template_item i
                join plan_template t on t.id = i.template_id
                where t.code = 'post-run-stretches' and i.sides = 'EACH'""", String.class)).containsExactly("1x30");
    }

    @Test
    void theStandingMarchAlternatesLegsAndItsBandIsOptional() {
        SignIn.as("pt.maya");
        ExerciseDetails march = catalogue.get(TestPlans.stock(jdbc, "standing-march"));
        assertThat(march.oneSide()).isTrue();
        assertThat(march.defaultDosage().sides()).isEqualTo(Sides.ALTERNATING);
        assertThat(march.equipment()).isEqualTo(new ExerciseEquipment(Set.of(), Set.of(),
                Set.of(Equipment.RESISTANCE_BAND)));
        assertThat(march.equipment().sentence()).isEqualTo("No equipment needed. Optional: a resistance band.");
        assertThat(jdbc.queryForList("""
                select distinct i.sides from plan_template_item i join exercise e on e.id = i.exercise_id
                where e.code = 'standing-march'""", String.class)).containsExactly("ALTERNATING");
        // and a band still finds it, as does "no equipment"
        assertThat(names(new SearchCriteria("", Set.of(), Set.of(), Set.of(Equipment.RESISTANCE_BAND), false,
                Set.of(), null, false))).containsExactly("Standing march");
        assertThat(names(new SearchCriteria("", Set.of(), Set.of(BodyRegion.HIP_FLEXORS), Set.of(), true,
                Set.of(), null, false))).contains("Standing march");
    }

    @Test
    void theSingleLegCalfRaiseNeedsAWallOrATable() {
        SignIn.as("pt.maya");
        ExerciseDetails raise = catalogue.get(TestPlans.stock(jdbc, "single-leg-calf-raise"));
        assertThat(raise.equipment()).isEqualTo(new ExerciseEquipment(Set.of(), Set.of(Equipment.WALL,
                Equipment.TABLE), Set.of()));
        assertThat(raise.equipment().sentence()).isEqualTo("You need either a wall or a table.");
        // either piece finds it; it is not an exercise without equipment
        SearchCriteria table = new SearchCriteria("", Set.of(), Set.of(BodyRegion.CALVES), Set.of(Equipment.TABLE),
                false, Set.of(), null, false);
        assertThat(names(table)).contains("Single-leg calf raise", "Two-leg calf raise");
        SearchCriteria none = new SearchCriteria("", Set.of(), Set.of(BodyRegion.CALVES), Set.of(), true, Set.of(),
                null, false);
        assertThat(names(none)).doesNotContain("Single-leg calf raise");
        assertThat(names(SearchCriteria.text("calf raise table"))).first().asString().contains("calf raise");
    }

    @Test
    void theCuesTheReviewAskedForAreInTheSteps() {
        SignIn.as("pt.maya");
        List<String> flexor = steps("kneeling-hip-flexor-stretch");
        int tuck = indexOf(flexor, "tuck your pelvis");
        int forward = indexOf(flexor, "ease your hips forward");
        assertThat(tuck).isNotNegative().isLessThan(forward);
        assertThat(flexor.get(tuck)).contains("squeeze the buttock of the kneeling leg");
        assertThat(indexOf(steps("kneeling-hip-flexor-stretch-overhead-reach"), "tuck your pelvis")).isNotNegative();

        assertThat(steps("glute-bridge-single-leg-extension")).noneMatch(step -> step.matches(".*\\d.*"));

        assertThat(steps("side-plank-clam")).noneMatch(step -> step.contains("elbow straight"))
                .anyMatch(step -> step.contains("elbow right under your shoulder"));

        List<String> deadlift = steps("single-leg-romanian-deadlift");
        assertThat(deadlift).anyMatch(step -> step.contains("slight bend in that standing knee"))
                .noneMatch(step -> step.contains("knee a little soft"));

        // the articles' general cautions, in every stock exercise's tips
        for (String code : jdbc.queryForList("select code from exercise where clinic_id is null", String.class)) {
            ExerciseDetails exercise = catalogue.get(TestPlans.stock(jdbc, code));
            String caution = switch (exercise.category()) {
                case STRETCH -> "without bouncing";
                case STRENGTHENING -> "stay in a range that feels comfortable";
                case MOBILITY -> "never force a position";
            };
            assertThat(exercise.tips()).as(code).anyMatch(tip -> tip.contains(caution));
        }
    }

    @Test
    void downwardDogIsOnHandsAndFeetAndWorksTheCoreAndTheSidePlankTheLowerBack() {
        SignIn.as("pt.maya");
        ExerciseDetails dog = catalogue.get(TestPlans.stock(jdbc, "downward-dog"));
        assertThat(dog.position()).isEqualTo(Position.HANDS_AND_FEET);
        assertThat(dog.position().label()).isEqualTo("On hands and feet");
        assertThat(dog.regions()).contains(BodyRegion.CORE, BodyRegion.HAMSTRINGS, BodyRegion.CALVES);
        assertThat(names(SearchCriteria.text("all fours"))).first().isEqualTo("Downward dog");
        assertThat(names(new SearchCriteria("", Set.of(), Set.of(), Set.of(), false, Set.of(Position.HANDS_AND_FEET),
                null, false))).containsExactly("Downward dog");

        assertThat(catalogue.get(TestPlans.stock(jdbc, "side-plank")).regions()).contains(BodyRegion.LOWER_BACK);
    }

    @Test
    void theThreeStepsOfTheProgressionsExistWithAFullRow() {
        SignIn.as("pt.maya");
        ExerciseDetails twoLegs = catalogue.get(TestPlans.stock(jdbc, "two-leg-calf-raise"));
        assertThat(twoLegs.oneSide()).isFalse();
        assertThat(twoLegs.equipment().anyOf()).containsExactlyInAnyOrder(Equipment.WALL, Equipment.TABLE);
        assertThat(twoLegs.defaultDosage().summary()).isEqualTo("2 sets × 15-20 reps · 3 days a week");

        ExerciseDetails loaded = catalogue.get(TestPlans.stock(jdbc, "single-leg-calf-raise-loaded"));
        assertThat(loaded.oneSide()).isTrue();
        assertThat(loaded.equipment().sentence()).isEqualTo("You need a weight and either a wall or a table.");
        assertThat(loaded.defaultDosage().summary())
                .isEqualTo("3 sets × 8-12 reps, each side · 3 days a week · a light weight to start");

        ExerciseDetails knees = catalogue.get(TestPlans.stock(jdbc, "side-plank-knees"));
        assertThat(knees.position()).isEqualTo(Position.LYING);
        assertThat(knees.regions()).contains(BodyRegion.CORE, BodyRegion.LOWER_BACK);
        assertThat(knees.defaultDosage().summary()).isEqualTo("3 reps, hold 15-30 s, each side · 3 days a week");

        for (ExerciseDetails step : List.of(twoLegs, loaded, knees)) {
            assertThat(step.category()).isEqualTo(Category.STRENGTHENING);
            assertThat(step.stock()).isTrue();
            assertThat(step.steps()).hasSizeBetween(4, 6);
            assertThat(step.tips()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(step.muscles()).isNotEmpty();
            assertThat(step.picture()).as(step.name()).isNotNull();
            assertThat(step.picture().isDrawing()).isTrue();
        }
    }

    private List<String> steps(String code) {
        return catalogue.get(TestPlans.stock(jdbc, code)).steps();
    }

    private static int indexOf(List<String> steps, String words) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).toLowerCase(java.util.Locale.ROOT).contains(words)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> names(SearchCriteria criteria) {
        return catalogue.search(criteria, 0, 100).stream().map(ExerciseSummary::name).toList();
    }
}
