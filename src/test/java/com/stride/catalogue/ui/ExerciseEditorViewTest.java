package com.stride.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.Category;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Equipment;
import com.stride.catalogue.ExerciseDetails;
import com.stride.catalogue.ExerciseDraft;
import com.stride.catalogue.ExerciseEquipment;
import com.stride.catalogue.ImageChange;
import com.stride.catalogue.Position;
import com.stride.catalogue.Range;
import com.stride.catalogue.Sides;
import com.stride.test.KaribuTest;
import com.stride.test.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ExerciseEditorViewTest extends KaribuTest {

    @Autowired
    private CatalogueService catalogue;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void invalidInputShowsMessagesNextToTheFieldsAndSavesNothing() {
        login("pt.maya");
        int before = exerciseCount();
        UI.getCurrent().navigate("catalogue/new");

        textField("Name").setValue("<b>Bold</b>");
        form().steps().fields().getFirst().setValue("x".repeat(501 - 1) + "<script>");
        ((TextField) form().dosage().field("reps")).setValue("12-10");
        ((TextField) form().dosage().field("holdSeconds")).setValue("700");
        save();

        assertThat(textField("Name").isInvalid()).isTrue();
        assertThat(textField("Name").getErrorMessage()).isEqualTo(com.stride.base.validation.Messages.markup());
        TextArea step = form().steps().fields().getFirst();
        assertThat(step.isInvalid()).isTrue();
        assertThat(step.getErrorMessage()).isNotBlank();
        assertThat(regions().isInvalid()).isTrue();
        assertThat(regions().getErrorMessage()).isEqualTo("Choose at least one body region");
        assertThat(((TextField) form().dosage().field("reps")).getErrorMessage())
                .isEqualTo("The first number must not be larger than the second");
        assertThat(((TextField) form().dosage().field("holdSeconds")).getErrorMessage()).isEqualTo("Use 1-600 seconds");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("catalogue/new");
        assertThat(exerciseCount()).isEqualTo(before);
    }

    @Test
    void unreadableNumbersAreExplainedBeforeAnythingIsSent() {
        login("pt.maya");
        UI.getCurrent().navigate("catalogue/new");

        ((TextField) form().dosage().field("sets")).setValue("two");
        save();

        assertThat(((TextField) form().dosage().field("sets")).getErrorMessage())
                .isEqualTo("Enter a whole number or a range like 10-12");
    }

    @Test
    void aValidExerciseIsSavedAndShown() {
        login("admin");
        UI.getCurrent().navigate("catalogue/new");

        textField("Name").setValue("Towel curls");
        regions().setValue(Set.of(BodyRegion.ANKLE_FOOT));
        form().steps().fields().getFirst().setValue("Curl your toes to gather a towel under your foot.");
        ((TextField) form().dosage().field("reps")).setValue("10-15");
        save();

        _get(H2.class, spec -> spec.withText("Towel curls"));
        assertThat(NavigatorKt.getCurrentPath()).matches("catalogue/\\d+");
        assertThat(jdbc.queryForMap("select reps_min, reps_max, steps[1] as step from exercise where name = 'Towel curls'"))
                .containsEntry("reps_min", 10).containsEntry("reps_max", 15)
                .containsEntry("step", "Curl your toes to gather a towel under your foot.");
    }

    /** Issue 15: a clinic exercise's pictures in the order the PT sets, one removed, a refused file explained. */
    @Test
    void picturesAreAddedReorderedAndRemovedBeforeOneSave() throws IOException {
        login("pt.maya");
        UI.getCurrent().navigate("catalogue/new");
        textField("Name").setValue("Marble pick-up");
        regions().setValue(Set.of(BodyRegion.ANKLE_FOOT));
        form().steps().fields().getFirst().setValue("Pick up marbles with your toes.");
        byte[] first = Files.readAllBytes(Path.of("src/test/resources/images/exercise.png"));
        byte[] second = Files.readAllBytes(Path.of("src/test/resources/images/exercise-step-2.png"));
        form().pictures().received(first);
        form().pictures().received(second);
        form().pictures().received(first);
        _get(form().pictures(), Span.class, spec -> spec.withText("3 of 6 pictures"));

        _get(form().pictures(), Button.class, spec -> spec.withAttribute("aria-label", "Move picture 2 earlier")).click();
        _get(form().pictures(), Button.class, spec -> spec.withAttribute("aria-label", "Remove picture 3")).click();
        // a refused file says why and keeps the pictures the form has
        form().pictures().received("not a picture".getBytes(StandardCharsets.UTF_8));
        _get(form().pictures(), Span.class, spec -> spec.withText("This file is not a PNG, JPEG or WebP image."));
        save();

        _get(H2.class, spec -> spec.withText("Marble pick-up"));
        assertThat(jdbc.queryForList("""
                select i.byte_size from exercise_image i join exercise e on e.id = i.exercise_id
                where e.name = 'Marble pick-up' order by i.position""", Integer.class))
                .containsExactly(second.length, first.length);
    }

    /** Issue 15: the PT sets how the sides are worked and a rep held in phases; each refusal sits at its field. */
    @Test
    void sidesAndPhasesAreEditedAndRefusedNextToTheirFields() {
        login("admin");
        UI.getCurrent().navigate("catalogue/new");
        textField("Name").setValue("Bridge with knee lift");
        regions().setValue(Set.of(BodyRegion.GLUTES));
        form().steps().fields().getFirst().setValue("Lift into a bridge, then lift one knee.");
        ((TextField) form().dosage().field("reps")).setValue("8");
        ((TextField) form().dosage().field("holdSeconds")).setValue("5");
        @SuppressWarnings("unchecked")
        Select<Sides> sides = (Select<Sides>) form().dosage().field("sides");
        sides.setValue(Sides.ALTERNATING);
        _get(Button.class, spec -> spec.withText("Add a phase")).click();
        _get(Button.class, spec -> spec.withText("Add a phase")).click();
        TextField first = textField("Phase 1");
        first.setValue("Hold the bridge");
        _find(TextField.class, spec -> spec.withLabel("Time")).getFirst().setValue("3-5");
        _find(TextField.class, spec -> spec.withLabel("Time")).get(1).setValue("ten");
        save();

        assertThat(_find(TextField.class, spec -> spec.withLabel("Time")).get(1).getErrorMessage())
                .isEqualTo("Enter a whole number or a range like 10-12");
        _find(TextField.class, spec -> spec.withLabel("Time")).get(1).setValue("10");
        save();
        assertThat(((TextField) form().dosage().field("holdSeconds")).getErrorMessage())
                .isEqualTo("Use phases or one hold time, not both");
        assertThat(textField("Phase 2").getErrorMessage()).isEqualTo("Say what to do in this phase");

        ((TextField) form().dosage().field("holdSeconds")).setValue("");
        textField("Phase 2").setValue("Lift one knee and hold");
        _get(Span.class, spec -> spec.withClasses("dosage-summary").withText(
                "2 sets × 8 reps, hold the bridge 3-5 s, then lift one knee and hold 10 s, each side, alternating"));
        save();

        _get(H2.class, spec -> spec.withText("Bridge with knee lift"));
        assertThat(jdbc.queryForMap("""
                select sides, array_to_string(phase_labels, '|') as labels, array_to_string(phase_min_s, '|') as min,
                       array_to_string(phase_max_s, '|', '-') as max, hold_min_s
                from exercise where name = 'Bridge with knee lift'"""))
                .containsEntry("sides", "ALTERNATING").containsEntry("labels", "Hold the bridge|Lift one knee and hold")
                .containsEntry("min", "3|10").containsEntry("max", "5|-").containsEntry("hold_min_s", null);
        assertThat(_find(Button.class, spec -> spec.withText("Add a phase"))).as("up to three phases").isEmpty();
    }

    /** Issue 16: per piece, needed, one of or optional; a "one of" with nothing to choose is refused at the field. */
    @Test
    void equipmentIsSaidPieceByPieceAndShownInASentence() {
        login("pt.maya");
        UI.getCurrent().navigate("catalogue/new");
        textField("Name").setValue("Wall sit with band");
        regions().setValue(Set.of(BodyRegion.QUADRICEPS));
        form().steps().fields().getFirst().setValue("Slide down the wall until your knees are bent.");
        EquipmentField equipment = _get(EquipmentField.class);
        equipment.piece(Equipment.WALL).setValue(EquipmentField.Choice.ONE_OF);
        save();

        assertThat(equipment.isInvalid()).isTrue();
        assertThat(equipment.getErrorMessage()).isEqualTo("Mark at least two pieces as \"one of\" (or mark a single piece as needed)");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("catalogue/new");

        equipment.piece(Equipment.TABLE).setValue(EquipmentField.Choice.ONE_OF);
        equipment.piece(Equipment.MAT).setValue(EquipmentField.Choice.NEEDED);
        equipment.piece(Equipment.RESISTANCE_BAND).setValue(EquipmentField.Choice.OPTIONAL);
        save();

        _get(H2.class, spec -> spec.withText("Wall sit with band"));
        assertThat(jdbc.queryForMap("""
                select array_to_string(equipment, ',') as needed, array_to_string(equipment_any, ',') as any_of,
                       array_to_string(equipment_optional, ',') as optional
                from exercise where name = 'Wall sit with band'"""))
                .containsEntry("needed", "MAT").containsEntry("any_of", "TABLE,WALL")
                .containsEntry("optional", "RESISTANCE_BAND");
        _get(Span.class, spec -> spec.withClasses("fact-value")
                .withText("You need a mat and either a wall or a table. Optional: a resistance band."));

        // the editor shows what was saved
        long id = jdbc.queryForObject("select id from exercise where name = 'Wall sit with band'", Long.class);
        UI.getCurrent().navigate("catalogue/" + id + "/edit");
        EquipmentField again = _get(EquipmentField.class);
        assertThat(again.piece(Equipment.WALL).getValue()).isEqualTo(EquipmentField.Choice.ONE_OF);
        assertThat(again.piece(Equipment.MAT).getValue()).isEqualTo(EquipmentField.Choice.NEEDED);
        assertThat(again.piece(Equipment.RESISTANCE_BAND).getValue()).isEqualTo(EquipmentField.Choice.OPTIONAL);
        assertThat(again.piece(Equipment.CHAIR).getValue()).isEqualTo(EquipmentField.Choice.NOT_USED);
        assertThat(again.getValue()).isEqualTo(new ExerciseEquipment(Set.of(Equipment.MAT),
                Set.of(Equipment.WALL, Equipment.TABLE), Set.of(Equipment.RESISTANCE_BAND)));
    }

    /** Issue 16: the stock pages say what is needed, what is one of several and what is optional, and the new position. */
    @Test
    void stockPagesSayTheEquipmentAndPositionInWords() {
        login("pt.maya");
        UI.getCurrent().navigate("catalogue/" + stock("single-leg-calf-raise"));
        _get(Span.class, spec -> spec.withClasses("fact-value").withText("You need either a wall or a table."));

        UI.getCurrent().navigate("catalogue/" + stock("standing-march"));
        _get(Span.class, spec -> spec.withClasses("fact-value")
                .withText("No equipment needed. Optional: a resistance band."));
        _get(Span.class, spec -> spec.withClasses("fact-value").withText("One side at a time"));

        UI.getCurrent().navigate("catalogue/" + stock("downward-dog"));
        _get(Span.class, spec -> spec.withClasses("fact-value").withText("On hands and feet"));
        _get(Span.class, spec -> spec.withClasses("fact-value").withText("You need a mat."));
    }

    @Test
    void aSaveOverSomeoneElsesNewerChangesIsRefusedWithAClearMessage() {
        ExerciseDetails created = createAs("pt.sam", "Short foot");
        login("pt.maya");
        UI.getCurrent().navigate("catalogue/" + created.id() + "/edit");
        textField("Name").setValue("Short foot drill");

        SignIn.as("pt.sam");
        catalogue.update(created.id(), created.version(), draft("Short foot (seated)"));
        login("pt.maya");
        save();

        Div banner = _get(Div.class, spec -> spec.withClasses("conflict-banner"));
        assertThat(banner.getElement().getTextRecursively()).contains("Someone else saved changes");
        assertThat(jdbc.queryForObject("select name from exercise where id = ?", String.class, created.id()))
                .isEqualTo("Short foot (seated)");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        login("pt.maya");
        UI.getCurrent().navigate("catalogue/new");
        textField("Name").setValue("Half-typed");

        UI.getCurrent().navigate("catalogue");

        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Discard your changes?");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("catalogue/new");
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("catalogue");
    }

    @Test
    void stockExercisesShowNoEditingAndCannotBeOpenedForEditing() {
        login("pt.maya");
        long bridge = jdbc.queryForObject("select id from exercise where code = 'glute-bridge'", Long.class);

        UI.getCurrent().navigate("catalogue/" + bridge);
        _get(H2.class, spec -> spec.withText("Glute bridge"));
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).isEmpty();

        UI.getCurrent().navigate("catalogue/" + bridge + "/edit");
        _get(H2.class, spec -> spec.withText("This page is not available to you"));
    }

    @Test
    void anotherClinicsExerciseIsNotFoundInTheViews() {
        ExerciseDetails hilltops = createAs("hilltop.pt", "Hilltop secret drill");
        login("pt.maya");

        UI.getCurrent().navigate("catalogue/" + hilltops.id());
        _get(H2.class, spec -> spec.withText("Page not found"));

        UI.getCurrent().navigate("catalogue/" + hilltops.id() + "/edit");
        _get(H2.class, spec -> spec.withText("Page not found"));
    }

    @Test
    void archivingAsksFirstThenHidesTheExerciseFromSearches() {
        ExerciseDetails created = createAs("pt.maya", "Arch lift");
        login("pt.maya");
        UI.getCurrent().navigate("catalogue/" + created.id());

        _get(Button.class, spec -> spec.withText("Archive")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Archived"));
        _get(Button.class, spec -> spec.withText("Restore"));
        assertThat(jdbc.queryForObject("select archived_at is not null from exercise where id = ?", Boolean.class,
                created.id())).isTrue();
    }

    private ExerciseDetails createAs(String username, String name) {
        return SignIn.as(username, () -> catalogue.create(draft(name)));
    }

    private static ExerciseDraft draft(String name) {
        return new ExerciseDraft(name, Category.STRENGTHENING, Set.of(BodyRegion.ANKLE_FOOT), List.of(),
                Position.SEATED, ExerciseEquipment.NONE, false,
                List.of("Shorten the arch of your foot without curling the toes."), List.of(), Dosage.builder().reps(Range.of(10)).build(), null, ImageChange.KEEP);
    }

    private long stock(String code) {
        return jdbc.queryForObject("select id from exercise where code = ? and clinic_id is null", Long.class, code);
    }

    private int exerciseCount() {
        return jdbc.queryForObject("select count(*) from exercise", Integer.class);
    }

    private static ExerciseForm form() {
        return _get(ExerciseForm.class);
    }

    private static TextField textField(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<BodyRegion> regions() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Body regions"));
    }

    private static void save() {
        _get(Button.class, spec -> spec.withText("Save")).click();
    }
}
