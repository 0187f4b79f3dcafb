package com.stride.catalogue.ui;

import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
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
        add(new H3(Text.get("catalogue.steps.heading")));
        Div rows = new Div();
        rows.addClassName("facts");
        rows.add(row(Text.get("catalogue.steps.easier"), step.easier()), row(Text.get("catalogue.steps.harder"),
                step.harder()));
        add(rows);
        if (exercise.editable() && !exercise.archived()) {
            add(new Paragraph(Text.get("catalogue.steps.explanation")),
                    editor("catalogue.steps.setEasier", step.easier(), steps::setEasier),
                    editor("catalogue.steps.setHarder", step.harder(), steps::setHarder));
        } else if (exercise.stock()) {
            add(new Paragraph(Text.get("catalogue.steps.stockFixed")));
        }
    }

    private interface Link {
        ExerciseStep set(long exerciseId, @Nullable Long other);
    }

    /** @param key the label's message; its ".save" and ".remove" name the buttons for screen readers */
    private Div editor(String key, ExerciseStep.@Nullable Neighbour current, Link link) {
        ComboBox<ExerciseSummary> choice = new ComboBox<>(Text.get(key));
        choice.setItems(query -> catalogue.search(SearchCriteria.text(query.getFilter().orElse("")), query.getOffset(),
                query.getLimit()).stream().filter(summary -> summary.id() != exercise.id()));
        choice.setItemLabelGenerator(ExerciseSummary::name);
        choice.setPlaceholder(current == null ? Text.get("catalogue.steps.none") : current.name());
        choice.setClearButtonVisible(true);
        choice.addClassName("step-choice");
        Button save = new Button(Text.get("catalogue.steps.save"), e -> save(choice, link, false));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button(Text.get("catalogue.steps.remove"), e -> save(choice, link, true));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(current != null);
        save.getElement().setAttribute("aria-label", Text.get(key + ".save"));
        remove.getElement().setAttribute("aria-label", Text.get(key + ".remove"));
        Div editor = new Div(choice, save, remove);
        editor.addClassName("step-editor");
        return editor;
    }

    private void save(ComboBox<ExerciseSummary> choice, Link link, boolean remove) {
        if (!remove && choice.getValue() == null) {
            choice.setInvalid(true);
            choice.setErrorMessage(Text.get("catalogue.steps.chooseOne"));
            return;
        }
        try {
            show(link.set(exercise.id(), remove ? null : choice.getValue().id()));
            Notices.success(Text.get(remove ? "catalogue.steps.removed" : "catalogue.steps.saved"));
        } catch (InvalidInputException e) {
            choice.setInvalid(true);
            choice.setErrorMessage(String.join(" ", e.fieldErrors().values()));
        } catch (RecordNotFoundException e) {
            Notices.error(Text.get("catalogue.steps.gone"));
        }
    }

    private static Div row(String label, ExerciseStep.@Nullable Neighbour neighbour) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span value = new Span();
        value.addClassName("fact-value");
        if (neighbour == null) {
            value.setText(Text.get("catalogue.steps.none"));
        } else {
            value.add(new Anchor("catalogue/" + neighbour.id(), neighbour.name()));
        }
        return new Div(name, value);
    }
}
