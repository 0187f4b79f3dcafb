package com.stride.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.Equipment;
import com.stride.catalogue.ExerciseSummary;
import com.stride.catalogue.Position;
import com.stride.test.KaribuTest;
import com.stride.test.StatementCounter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void searchAnswersAsYouTypeAndToleratesTypos() {
        login("pt.maya");
        UI.getCurrent().navigate("catalogue");
        Grid<ExerciseSummary> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(28);

        search().setValue("hip flexer");

        assertThat(names(grid).subList(0, 3)).containsExactlyInAnyOrder("Kneeling hip flexor stretch",
                "Kneeling hip flexor stretch with overhead reach",
                "Half-kneeling hip flexor stretch with overhead reach and side bend");
    }

    @Test
    void filtersComeFromTheUrlAndNarrowTheResults() {
        login("admin");
        open("catalogue?q=stretch&region=calves&equipment=wall&position=standing&side=one");

        assertThat(search().getValue()).isEqualTo("stretch");
        assertThat(combo("Body region").getValue()).containsExactly(BodyRegion.CALVES);
        assertThat(combo("Equipment").getValue()).containsExactly(new EquipmentChoice(Equipment.WALL));
        assertThat(combo("Position").getValue()).containsExactly(Position.STANDING);
        assertThat(names(grid())).containsExactlyInAnyOrder("Standing calf stretch", "Soleus stretch");
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Span.class, spec -> spec.withClasses("exercise-count")).getText()).isEqualTo("2 exercises");
    }

    @Test
    void theExercisePageLinksBackToTheLastSearch() {
        login("pt.maya");
        open("catalogue?q=calf&side=one");
        search().setValue("soleus");
        long soleus = jdbc.queryForObject("select id from exercise where code = 'soleus-stretch'", Long.class);

        UI.getCurrent().navigate("catalogue/" + soleus);

        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Back to the catalogue"))
                .getHref()).isEqualTo("catalogue?q=soleus&side=one");
    }

    @Test
    void clearingFiltersKeepsTheSearchText() {
        login("pt.maya");
        open("catalogue?q=calf&position=seated");
        assertThat(GridKt._size(grid())).isZero();

        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Clear filters")).click();

        assertThat(search().getValue()).isEqualTo("calf");
        assertThat(combo("Position").getValue()).isEmpty();
        assertThat(names(grid())).contains("Single-leg calf raise", "Standing calf stretch");
    }

    @Test
    void runnersCannotOpenTheCatalogue() {
        login("runner.jordan");

        UI.getCurrent().navigate("catalogue");

        _get(H2.class, spec -> spec.withText("This page is not available to you"));
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void listingIssuesTheSameNumberOfStatementsAtAnyCatalogueSize() {
        login("pt.maya");
        int small = statementsToListAndSearch();

        jdbc.update("""
                insert into exercise (clinic_id, name, category, regions, position, one_side, steps, reps_min,
                                      created_at, updated_at)
                select c.id, 'Generated drill ' || n, 'STRENGTHENING', array['CALVES', 'HAMSTRINGS'], 'STANDING',
                       n % 2 = 0, array['Step one of drill ' || n, 'Step two'], 10, now(), now()
                from clinic c, generate_series(1, 10000) as n
                where c.name = 'Riverside Physio'""");
        try {
            int large = statementsToListAndSearch();

            assertThat(large).isEqualTo(small).isBetween(2, 8);
            search().setValue("");
            assertThat(GridKt._size(grid())).isEqualTo(10_028);
        } finally {
            jdbc.update("delete from exercise where name like 'Generated drill %'");
        }
    }

    private int statementsToListAndSearch() {
        return StatementCounter.countDuring(() -> {
            UI.getCurrent().navigate("catalogue");
            MockVaadin.clientRoundtrip(false);
            search().setValue("calf rase");
            MockVaadin.clientRoundtrip(false);
            GridKt._fetch(grid(), 0, 30);
        });
    }

    @SuppressWarnings("unchecked")
    private static Grid<ExerciseSummary> grid() {
        return _get(Grid.class);
    }

    private static TextField search() {
        return _get(TextField.class, spec -> spec.withClasses("exercise-search"));
    }

    @SuppressWarnings("unchecked")
    private static <T> MultiSelectComboBox<T> combo(String label) {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    private static List<String> names(Grid<ExerciseSummary> grid) {
        return GridKt._fetch(grid, 0, 100).stream().map(ExerciseSummary::name).toList();
    }

}
