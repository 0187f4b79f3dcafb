package com.stride.catalogue.ui;

import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.ui.Notices;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.ExerciseDetails;
import com.stride.catalogue.ExerciseStep;
import com.stride.catalogue.ExerciseStepService;
import com.stride.catalogue.ExerciseSummary;
import com.stride.catalogue.SearchCriteria;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * An exercise's place in its progression chain: the easier and the harder step, which the
 * progression suggestions use. A clinic's own exercise can be linked to any exercise the clinic
 * sees; stock chains are fixed.
 */
class ExerciseStepsSection extends Section {

    private final ExerciseStepService steps;
    private final CatalogueService catalogue;
    private final ExerciseDetails exercise;

    ExerciseStepsSection(ExerciseStepService steps, CatalogueService catalogue, ExerciseDetails exercise) {
        this.steps = steps;
        this.catalogue = catalogue;
        this.exercise = exercise;
        addClassNames("exercise-section", "exercise-steps");
        show(steps.steps(exercise.id()));
    }

    private void show(ExerciseStep step) {
        removeAll();
        add(new H3("Easier and harder steps"));
        Div rows = new Div();
        rows.addClassName("facts");
        rows.add(row("Easier step", step.easier()), row("Harder step", step.harder()));
        add(rows);
        if (exercise.editable() && !exercise.archived()) {
            add(new Paragraph("The suggestions on a runner's page step up to the harder exercise and back to the "
                    + "easier one."), editor("Set the easier step", step.easier(), steps::setEasier),
                    editor("Set the harder step", step.harder(), steps::setHarder));
        } else if (exercise.stock()) {
            add(new Paragraph("Stock chains are fixed. To put one of your clinic's exercises in a chain, link it "
                    + "on that exercise's page."));
        }
    }

    private interface Link {
        ExerciseStep set(long exerciseId, @Nullable Long other);
    }

    private Div editor(String label, ExerciseStep.@Nullable Neighbour current, Link link) {
        ComboBox<ExerciseSummary> choice = new ComboBox<>(label);
        choice.setItems(query -> catalogue.search(SearchCriteria.text(query.getFilter().orElse("")), query.getOffset(),
                query.getLimit()).stream().filter(summary -> summary.id() != exercise.id()));
        choice.setItemLabelGenerator(ExerciseSummary::name);
        choice.setPlaceholder(current == null ? "None" : current.name());
        choice.setClearButtonVisible(true);
        choice.addClassName("step-choice");
        Button save = new Button("Save", e -> save(choice, link, false));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button("Remove", e -> save(choice, link, true));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(current != null);
        save.getElement().setAttribute("aria-label", "Save: " + label.toLowerCase(java.util.Locale.ROOT));
        remove.getElement().setAttribute("aria-label", "Remove: " + label.toLowerCase(java.util.Locale.ROOT));
        Div editor = new Div(choice, save, remove);
        editor.addClassName("step-editor");
        return editor;
    }

    private void save(ComboBox<ExerciseSummary> choice, Link link, boolean remove) {
        if (!remove && choice.getValue() == null) {
            choice.setInvalid(true);
            choice.setErrorMessage("Choose an exercise, or remove the step");
            return;
        }
        try {
            show(link.set(exercise.id(), remove ? null : choice.getValue().id()));
            Notices.success(remove ? "Step removed." : "Step saved.");
        } catch (InvalidInputException e) {
            choice.setInvalid(true);
            choice.setErrorMessage(String.join(" ", e.fieldErrors().values()));
        } catch (RecordNotFoundException e) {
            Notices.error("That exercise is no longer in your catalogue.");
        }
    }

    private static Div row(String label, ExerciseStep.@Nullable Neighbour neighbour) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span value = new Span();
        value.addClassName("fact-value");
        if (neighbour == null) {
            value.setText("None");
        } else {
            value.add(new Anchor("catalogue/" + neighbour.id(), neighbour.name()));
        }
        return new Div(name, value);
    }
}
