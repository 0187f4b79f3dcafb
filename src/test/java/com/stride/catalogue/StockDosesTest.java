package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stock doses that V11 (and V15) gave sides and phases, as the seed articles describe them. */
@IntegrationTest
class StockDosesTest {

    @Autowired
    private CatalogueService catalogue;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theBridgeWithExtensionHoldsInTwoPhasesAndItsStepsCarryNoTimings() {
        SignIn.as("pt.maya");
        ExerciseDetails bridge = catalogue.get(TestPlans.stock(jdbc, "glute-bridge-single-leg-extension"));
        assertThat(bridge.defaultDosage()).isEqualTo(TestPlans.BRIDGE_WITH_EXTENSION);
        assertThat(bridge.defaultDosage().summary()).isEqualTo("10-12 reps, hold the bridge 3-5 s, then extend one "
                + "knee and hold 5-10 s, each side, alternating · 2-3 times a day");
        assertThat(bridge.steps()).noneMatch(step -> step.matches(".*\\d.*"));
    }

    @Test
    void theMarchesAlternateLegs() {
        SignIn.as("pt.maya");
        assertThat(sides("glute-bridge-march")).isEqualTo(Sides.ALTERNATING);
        assertThat(sides("ninety-ninety-hip-switches")).isEqualTo(Sides.ALTERNATING);
        assertThat(sides("hamstring-scoops")).isEqualTo(Sides.ALTERNATING);
        // seed 001: one knee up and down, then the other (V15; V11 had it all of one side first)
        assertThat(sides("standing-march")).isEqualTo(Sides.ALTERNATING);
        assertThat(sides("kneeling-hip-flexor-stretch")).isEqualTo(Sides.EACH);
        assertThat(sides("glute-bridge")).isEqualTo(Sides.BOTH);
        // the templates copy them
        assertThat(jdbc.queryForList("""
                select distinct t.sides from plan_template_item t join exercise e on e.id = t.exercise_id
                where e.code = 'glute-bridge-march'""", String.class)).containsExactly("ALTERNATING");
        assertThat(List.of(Sides.values())).extracting(Sides::label)
                .containsExactly("Both together", "Each side", "Alternating sides");
    }

    private Sides sides(String code) {
        return catalogue.get(TestPlans.stock(jdbc, code)).defaultDosage().sides();
    }
}
