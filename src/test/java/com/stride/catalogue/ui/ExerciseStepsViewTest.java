package com.stride.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.ExerciseStepService;
import com.stride.catalogue.ExerciseSummary;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.stride.test.SignIn;
import com.stride.test.TestExercises;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The exercise page shows where an exercise sits in its chain; a clinic links its own exercises there. */
@FreshDatabase
class ExerciseStepsViewTest extends KaribuTest {

    @Autowired
    private CatalogueService catalogue;

    @Autowired
    private ExerciseStepService steps;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aStockExerciseShowsItsStepsAsLinksAndCannotBeRelinked() {
        login("pt.maya");
        open("catalogue/" + stock("glute-bridge-march"));
        _get(Anchor.class, spec -> spec.withText("Glute bridge"));
        _get(Anchor.class, spec -> spec.withText("Glute bridge with single-leg extension"));
        assertThat(_find(ComboBox.class, spec -> spec.withClasses("step-choice"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClinicExerciseGetsAHarderStepAndALoopIsRefusedAtTheField() {
        long wall = SignIn.as("pt.maya", () -> custom("Wall calf raise"));
        long hop = SignIn.as("pt.maya", () -> custom("Calf hops"));
        SignIn.as("pt.maya", () -> steps.setHarder(hop, wall));
        login("pt.maya");
        open("catalogue/" + wall);

        ComboBox<ExerciseSummary> harder = _get(ComboBox.class, spec -> spec.withLabel("Set the harder step"));
        ComboBoxKt.setUserInput(harder, "Calf hops");
        harder.setValue(ComboBoxKt.getSuggestionItems(harder).stream().filter(s -> s.name().equals("Calf hops"))
                .findFirst().orElseThrow());
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Save: set the harder step")).click();
        assertThat(harder.isInvalid()).isTrue();
        assertThat(harder.getErrorMessage()).isEqualTo("That would make a loop: Calf hops already leads up to "
                + "Wall calf raise");

        ComboBoxKt.setUserInput(harder, "single-leg calf");
        harder.setValue(ComboBoxKt.getSuggestionItems(harder).stream()
                .filter(s -> s.name().equals("Single-leg calf raise")).findFirst().orElseThrow());
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Save: set the harder step")).click();
        _get(Anchor.class, spec -> spec.withText("Single-leg calf raise"));
        assertThat(jdbc.queryForObject("select harder_id from exercise_step where exercise_id = ?", Long.class, wall))
                .isEqualTo(stock("single-leg-calf-raise"));
    }

    private long stock(String code) {
        return jdbc.queryForObject("select id from exercise where code = ? and clinic_id is null", Long.class, code);
    }

    private long custom(String name) {
        return TestExercises.custom(catalogue, name);
    }
}
