package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.SignedInAs;
import com.stride.test.StatementCounter;
import com.stride.test.TestExercises;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The easier and harder steps of exercises: the stock chains of a fresh database, and a clinic's own links. */
@IntegrationTest
@Transactional
@SignedInAs("pt.maya")
class ExerciseStepServiceTest {

    @Autowired
    private ExerciseStepService steps;

    @Autowired
    private CatalogueService catalogue;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theStockChainsShipWithTheCatalogue() {
        assertThat(chain("glute-bridge")).isEqualTo(List.of("Glute bridge", "Glute bridge march",
                "Glute bridge with single-leg extension"));
        assertThat(chain("two-leg-calf-raise")).isEqualTo(List.of("Two-leg calf raise", "Single-leg calf raise",
                "Single-leg calf raise with a weight"));
        assertThat(chain("side-plank-knees")).isEqualTo(List.of("Side plank on the knees", "Side plank",
                "Side plank clam"));
        ExerciseStep middle = steps.steps(stock("single-leg-calf-raise"));
        assertThat(middle.easier().name()).isEqualTo("Two-leg calf raise");
        assertThat(middle.harder().name()).isEqualTo("Single-leg calf raise with a weight");
        assertThat(middle.harder().defaultDosage().load()).isEqualTo("a light weight to start");
    }

    @Test
    void aClinicLinksItsOwnExerciseAndItsOwnEasierStepComesFirst() {
        long wall = custom("Wall calf raise");
        steps.setHarder(wall, stock("single-leg-calf-raise"));
        assertThat(steps.steps(stock("single-leg-calf-raise")).easier().name()).as("the clinic's own first")
                .isEqualTo("Wall calf raise");
        assertThat(steps.steps(wall).harder().name()).isEqualTo("Single-leg calf raise");

        long hop = custom("Calf hops");
        steps.setEasier(hop, wall);
        assertThat(steps.steps(hop).easier().name()).isEqualTo("Wall calf raise");
        assertThat(steps.steps(wall).harder().name()).as("a new harder step replaces the old one")
                .isEqualTo("Calf hops");

        steps.setHarder(wall, null);
        assertThat(steps.steps(wall).harder()).isNull();
        SignIn.as("hilltop.pt");
        assertThat(steps.steps(stock("single-leg-calf-raise")).easier().name()).as("another clinic sees the stock one")
                .isEqualTo("Two-leg calf raise");
        assertThat(steps.steps(List.of(wall, hop))).as("and none of Riverside's").isEmpty();
        assertThatThrownBy(() -> steps.setHarder(wall, stock("glute-bridge"))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void loopsSelfLinksAndStockChangesAreRefused() {
        long a = custom("Step A");
        long b = custom("Step B");
        steps.setHarder(a, b);
        assertThatThrownBy(() -> steps.setHarder(b, a)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("harder", "That would make a loop: Step A already leads up to Step B"));
        assertThatThrownBy(() -> steps.setHarder(a, a)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> steps.setHarder(stock("glute-bridge"), a)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.setEasier(a, stock("glute-bridge"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDatabaseRefusesAStockStepUpToAClinicsExercise() {
        long own = custom("Riverside lunge");
        assertThatThrownBy(() -> jdbc.update("update exercise_step set harder_id = ? where exercise_id = ?", own,
                stock("glute-bridge"))).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("cannot step up to exercise");
    }

    @Test
    void stepsOfManyExercisesTakeAsManyStatementsAsOne() {
        List<Long> all = jdbc.queryForList("select id from exercise where clinic_id is null", Long.class);
        int one = StatementCounter.countDuring(() -> steps.steps(List.of(all.getFirst())));
        int many = StatementCounter.countDuring(() -> assertThat(steps.steps(all)).hasSize(all.size()));
        assertThat(many).isEqualTo(one);
    }

    private List<String> chain(String code) {
        List<String> names = new java.util.ArrayList<>();
        ExerciseStep step = steps.steps(stock(code));
        names.add(jdbc.queryForObject("select name from exercise where id = ?", String.class, step.exerciseId()));
        while (step.harder() != null) {
            names.add(step.harder().name());
            step = steps.steps(step.harder().id());
        }
        return names;
    }

    private long stock(String code) {
        return jdbc.queryForObject("select id from exercise where code = ? and clinic_id is null", Long.class, code);
    }

    private long custom(String name) {
        return TestExercises.custom(catalogue, name);
    }
}
