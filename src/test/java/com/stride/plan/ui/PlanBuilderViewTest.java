package com.stride.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import com.stride.plan.RunnerScope;
import com.stride.test.KaribuTest;
import com.stride.test.SignIn;
import com.stride.test.StatementCounter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PlanBuilderViewTest extends KaribuTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theRunnersListSearchesLazily() {
        login("pt.maya");
        UI.getCurrent().navigate("runners");
        @SuppressWarnings("unchecked")
        Grid<com.stride.plan.RunnerRow> grid = _get(Grid.class);
        // Maya's own runners first; Tom is only Sam's.
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._findAll(grid)).extracting(com.stride.plan.RunnerRow::name).doesNotContain("Tom Becker");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RunnerScope> scope = _get(RadioButtonGroup.class, spec -> spec.withClasses("runner-scope"));
        scope.setValue(RunnerScope.ALL);
        assertThat(GridKt._size(grid)).isEqualTo(4);

        _get(TextField.class, spec -> spec.withClasses("runner-search")).setValue("pri");

        assertThat(GridKt._findAll(grid)).extracting(com.stride.plan.RunnerRow::name).containsExactly("Priya Nair");
    }

    @Test
    void aNewPlanStartsFromATemplateChosenOnTheRunnersPage() {
        login("pt.maya");
        UI.getCurrent().navigate("runners/" + userId("runner.lena"));
        _get(H2.class, spec -> spec.withText("Lena Novak"));

        _get(Button.class, spec -> spec.withText("New plan")).click();
        _get(Button.class, spec -> spec.withText("7-move mobility circuit (7 exercises)")).click();

        assertThat(NavigatorKt.getCurrentPath()).matches("plans/\\d+");
        assertThat(editor().rows()).hasSize(7);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("gentle-note")))
                .singleElement().satisfies(note -> assertThat(note.isVisible()).isTrue());
    }

    /** Two taps that reach the server before the dialog closes: one draft, not two (issue 15). */
    @Test
    void aTemplateTappedTwiceMakesOneDraft() {
        login("pt.maya");
        long lena = userId("runner.lena");
        int before = jdbc.queryForObject("select count(*) from plan where runner_id = ?", Integer.class, lena);
        UI.getCurrent().navigate("runners/" + lena);
        _get(Button.class, spec -> spec.withText("New plan")).click();
        Button template = _get(Button.class, spec -> spec.withText("7-move mobility circuit (7 exercises)"));
        Button blank = _get(Button.class, spec -> spec.withText("Blank plan"));
        assertThat(template.isDisableOnClick()).as("the browser disables it at the first tap").isTrue();
        // Button.click() fires as the server would on each request, even once the button is disabled
        template.click();
        template.click();
        blank.click();

        assertThat(jdbc.queryForObject("select count(*) from plan where runner_id = ?", Integer.class, lena))
                .isEqualTo(before + 1);
        assertThat(NavigatorKt.getCurrentPath()).matches("plans/\\d+");
        assertThat(editor().rows()).hasSize(7);
    }

    /** Issue 15: the PT groups moves into a circuit; a broken circuit is said at the move's circuit choice. */
    @Test
    void movesAreGroupedIntoACircuitAndABrokenOneIsRefusedAtTheMove() {
        PlanDetails plan = draftFor("runner.tom", 3);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        @SuppressWarnings("unchecked")
        Select<Integer> circuit = _get(Select.class, spec -> spec.withLabel("Circuit"));
        editor().grid().select(editor().rows().get(0));
        circuit.setValue(1);
        dosageField("Rounds").setValue("2");
        editor().grid().select(editor().rows().get(2));
        circuit.setValue(1);
        dosageField("Rounds").setValue("2");
        save();

        editor().grid().select(editor().rows().get(2));
        assertThat(circuit.isInvalid()).isTrue();
        assertThat(circuit.getErrorMessage()).isEqualTo("Keep the moves of a circuit next to each other");

        editor().grid().select(editor().rows().get(1));
        circuit.setValue(1);
        dosageField("Rounds").setValue("2");
        save();
        assertThat(jdbc.queryForList("""
                select i.circuit from plan_item i join plan_current_revision c on c.revision_id = i.revision_id
                where c.plan_id = ? order by i.position""", Integer.class, plan.id())).containsExactly(1, 1, 1);
        assertThat(editor().rows().getFirst().doseText()).startsWith("Circuit 1 · 2 rounds · ");

        // the rounds are the circuit's: changed on one move, they change on all
        editor().grid().select(editor().rows().get(1));
        dosageField("Rounds").setValue("3");
        assertThat(editor().rows()).allSatisfy(row -> assertThat(row.doseText()).startsWith("Circuit 1 · 3 rounds · "));

        // moves done together are due together: a move twice a day would split the circuit
        dosageField("Times a day").setValue("2");
        save();
        editor().grid().select(editor().rows().get(1));
        assertThat(dosageField("Times a day").isInvalid()).isTrue();
        assertThat(dosageField("Times a day").getErrorMessage())
                .isEqualTo("Give every move of this circuit the same schedule as its first move");
        assertThat(jdbc.queryForList("""
                select i.times_per_day_min from plan_item i join plan_current_revision c on c.revision_id = i.revision_id
                where c.plan_id = ? and i.times_per_day_min is not null""", Integer.class, plan.id())).isEmpty();
    }

    @Test
    void invalidDosagesAreShownOnTheirFieldsAndNothingIsSaved() {
        PlanDetails plan = draftFor("runner.tom", 2);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        String before = snapshot();

        editor().grid().select(editor().rows().get(1));
        dosageField("Reps").setValue("0");
        dosageField("Hold").setValue("30-20");
        save();

        assertThat(dosageField("Reps").isInvalid()).isTrue();
        assertThat(dosageField("Reps").getErrorMessage()).isEqualTo("Use 1-100 reps");
        assertThat(dosageField("Hold").getErrorMessage()).isEqualTo("The first number must not be larger than the second");
        assertThat(snapshot()).isEqualTo(before);

        dosageField("Reps").setValue("");
        dosageField("Hold").setValue("");
        dosageField("Duration").setValue("");
        save();
        assertThat(dosageField("Reps").getErrorMessage()).isEqualTo("Set reps, a hold or a duration");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void movingAndRemovingItemsWorksFromTheKeyboardButtons() {
        PlanDetails plan = draftFor("runner.tom", 3);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        List<String> original = editor().rows().stream().map(PlanItemRow::name).toList();

        editor().moveDown(0);
        editor().remove(2);
        save();

        assertThat(jdbc.queryForList("""
                select e.name from plan_item i join exercise e on e.id = i.exercise_id
                join plan_revision r on r.id = i.revision_id where r.plan_id = ? order by i.position""",
                String.class, plan.id())).containsExactly(original.get(1), original.get(0));
    }

    @Test
    void theSelectedExerciseStaysSelectedWhenItemsMove() {
        PlanDetails plan = draftFor("runner.tom", 3);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        PlanItemRow second = editor().rows().get(1);
        editor().grid().select(second);

        editor().moveUp(1);

        assertThat(editor().grid().getSelectedItems()).containsExactly(second);
        assertThat(editor().dosageEditor().isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withText("Dosage of " + second.name())))
                .isNotNull();
    }

    @Test
    void unreadableInputInAnotherRowStillBlocksTheSave() {
        PlanDetails plan = draftFor("runner.tom", 2);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        String before = snapshot();
        editor().grid().select(editor().rows().getFirst());
        dosageField("Reps").setValue("1 0");

        editor().grid().select(editor().rows().get(1));
        save();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(editor().grid().getSelectedItems()).containsExactly(editor().rows().getFirst());
        assertThat(dosageField("Reps").getErrorMessage()).isEqualTo("Enter a whole number or a range like 10-12");
    }

    @Test
    void duplicatingWithUnsavedChangesSavesThemFirst() {
        PlanDetails plan = draftFor("runner.tom", 2);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Renamed before copying");

        _get(Button.class, spec -> spec.withText("Duplicate")).click();

        assertThat(NavigatorKt.getCurrentPath()).isNotEqualTo("plans/" + plan.id());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue())
                .isEqualTo("Renamed before copying (copy)");
        assertThat(jdbc.queryForObject("select title from plan_revision where plan_id = ?", String.class, plan.id()))
                .isEqualTo("Renamed before copying");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        PlanDetails plan = draftFor("runner.tom", 2);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Changed title");

        UI.getCurrent().navigate("runners");

        assertThat(ConfirmDialogKt.getHeader(_get(ConfirmDialog.class))).isEqualTo("Discard your changes?");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("plans/" + plan.id());
    }

    @Test
    void aSaveOverANewerVersionShowsAConflict() {
        PlanDetails plan = draftFor("runner.tom", 2);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Maya's title");

        SignIn.as("pt.sam");
        plans.save(plan.id(), plan.version(), plan.toDraft().withItems(plan.toDraft().items().subList(0, 1)));
        login("pt.maya");
        save();

        assertThat(_get(Div.class, spec -> spec.withClasses("conflict-banner")).getElement().getTextRecursively())
                .contains("Someone else saved changes");
        assertThat(jdbc.queryForObject("select count(*) from plan_item i join plan_revision r on r.id = i.revision_id "
                + "where r.plan_id = ?", Integer.class, plan.id())).isEqualTo(1);
    }

    @Test
    void assigningWhileAnotherPlanIsActiveAsksBeforeEndingIt() {
        PlanDetails first = draftFor("runner.lena", 1);
        SignIn.as("pt.maya");
        plans.activate(first.id(), first.version(), true);
        PlanDetails second = draftFor("runner.lena", 2);
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + second.id());

        _get(Button.class, spec -> spec.withText("Assign to runner")).click();
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Replace the current plan?");
        assertThat(status(first.id())).isEqualTo("ACTIVE");

        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(status(first.id())).isEqualTo("ENDED");
        assertThat(status(second.id())).isEqualTo("ACTIVE");
    }

    @Test
    void anEarlierVersionAndAnEndedPlanAreReadOnly() {
        PlanDetails plan = draftFor("runner.jordan", 2);
        SignIn.as("pt.maya");
        PlanDetails active = plans.activate(plan.id(), plan.version(), true);
        PlanDetails revised = plans.save(active.id(), active.version(),
                active.toDraft().withItems(active.toDraft().items().subList(0, 1)));
        login("pt.maya");

        open("plans/" + plan.id() + "?version=1");
        assertThat(editor().rows()).hasSize(2);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Save changes"))).allMatch(b -> !b.isVisible());

        SignIn.as("pt.maya");
        plans.end(revised.id(), revised.version());
        login("pt.maya");
        UI.getCurrent().navigate("plans/" + plan.id());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Save draft"))).allMatch(b -> !b.isVisible());
        _get(Button.class, spec -> spec.withText("Duplicate"));
    }

    @Test
    void outsidersCannotOpenThePlan() {
        PlanDetails plan = draftFor("runner.tom", 1);

        login("hilltop.pt");
        UI.getCurrent().navigate("plans/" + plan.id());
        _get(H2.class, spec -> spec.withText("Page not found"));
        UI.getCurrent().navigate("runners/" + userId("runner.tom"));
        _get(H2.class, spec -> spec.withText("Page not found"));

        login("runner.tom");
        UI.getCurrent().navigate("plans/" + plan.id());
        _get(H2.class, spec -> spec.withText("This page is not available to you"));
    }

    @Test
    void openingThePlanBuilderTakesTheSameNumberOfStatementsForTwoOrTwentyItems() {
        PlanDetails small = draftFor("runner.tom", 2);
        PlanDetails large = draftFor("runner.priya", 20);
        login("pt.maya");

        int forSmall = StatementCounter.countDuring(() -> {
            UI.getCurrent().navigate("plans/" + small.id());
            MockVaadin.clientRoundtrip(false);
        });
        // a view of the same class is reused on navigation: leave it, so that both counts are of a fresh view
        UI.getCurrent().navigate("password");
        int forLarge = StatementCounter.countDuring(() -> {
            UI.getCurrent().navigate("plans/" + large.id());
            MockVaadin.clientRoundtrip(false);
        });

        assertThat(editor().rows()).hasSize(20);
        assertThat(forLarge).isEqualTo(forSmall);
    }

    // ----- helpers -----

    private PlanDetails draftFor(String runner, int itemCount) {
        List<Long> exercises = jdbc.queryForList("select id from exercise where clinic_id is null order by id",
                Long.class);
        List<PlanItemDraft> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            items.add(new PlanItemDraft(exercises.get(i % exercises.size()),
                    Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build()));
        }
        return SignIn.as("pt.maya", () -> plans.createDraft(userId(runner), new PlanDraft("Plan for " + runner,
                null, LocalDate.of(2026, 1, 5), null, items)));
    }

    private static PlanItemsEditor editor() {
        return _get(PlanItemsEditor.class);
    }

    private static TextField dosageField(String label) {
        return _get(editor().dosageEditor(), TextField.class, spec -> spec.withLabel(label));
    }

    private static void save() {
        Button save = _find(Button.class, spec -> spec.withText("Save draft")).stream().findFirst()
                .orElseGet(() -> _get(Button.class, spec -> spec.withText("Save changes")));
        save.click();
    }

    private String snapshot() {
        return jdbc.queryForList("select * from plan order by id").toString()
                + jdbc.queryForList("select * from plan_item order by id");
    }

    private String status(long planId) {
        return jdbc.queryForObject("select status from plan where id = ?", String.class, planId);
    }

}
