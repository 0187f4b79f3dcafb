package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.LengthCounter;
import com.stride.base.validation.Problems;
import com.stride.catalogue.DosageLimits;
import com.stride.catalogue.Phase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The phases of a held rep, in order: what to do and for how long, each ("Hold the bridge" 3-5 s,
 * then "Extend one knee and hold" 5-10 s). Up to {@link DosageLimits#PHASES_MAX}; none means a rep
 * has one hold (or none). Keys of errors: {@code [0].label}, {@code [0].seconds}, or none for all.
 */
class PhasesEditor extends Div implements FieldErrors.Group {

    private record Row(TextField label, RangeField seconds, Button remove, Div box) {
    }

    private static final java.util.regex.Pattern ERROR_KEY =
            java.util.regex.Pattern.compile("^\\[(\\d+)]\\.(label|seconds)$");

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph problem = new Paragraph();
    private final Button add = new Button(Text.get("catalogue.phases.add"), VaadinIcon.PLUS.create(), e -> {
        addRow(new Phase("", null));
        rows.getLast().label().focus();
        changed();
    });
    private Runnable changeListener = () -> { };

    PhasesEditor() {
        addClassName("phases-editor");
        list.addClassName("phase-rows");
        problem.addClassName("phases-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Paragraph hint = new Paragraph(Text.get("catalogue.phases.hint"));
        hint.addClassName("phases-hint");
        com.vaadin.flow.component.html.Span title = new com.vaadin.flow.component.html.Span(
                Text.get("catalogue.phases.title"));
        title.addClassName("phases-title");
        add(title, hint, list, problem, add);
    }

    void setValue(List<Phase> phases) {
        rows.clear();
        list.removeAll();
        phases.forEach(this::addRow);
        showAdd();
    }

    List<Phase> getValue() {
        // every row, a blank one too: the rules then say so at that row, and errors keep their rows
        return rows.stream()
                .map(row -> new Phase(row.label().getValue(), row.seconds().range().orElse(null)))
                .toList();
    }

    /** Seconds that cannot be read, as "[1].seconds". */
    Problems readProblems() {
        Problems problems = Problems.none();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).seconds().isUnreadable()) {
                problems.add("[" + i + "].seconds", rows.get(i).seconds().unreadableMessage());
            }
        }
        return problems;
    }

    void setChangeListener(Runnable listener) {
        changeListener = listener;
    }

    List<TextField> labels() {
        return rows.stream().map(Row::label).toList();
    }

    @Override
    public Map<String, String> showErrors(Map<String, String> errors) {
        rows.forEach(row -> {
            row.label().setInvalid(false);
            row.seconds().setInvalid(false);
        });
        problem.setVisible(false);
        Map<String, String> unplaced = new java.util.LinkedHashMap<>();
        errors.forEach((key, message) -> {
            java.util.regex.Matcher matcher = ERROR_KEY.matcher(key);
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) < rows.size()) {
                Row row = rows.get(Integer.parseInt(matcher.group(1)));
                TextField field = matcher.group(2).equals("label") ? row.label() : row.seconds();
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else if (key.isEmpty()) {
                problem.setText(message);
                problem.setVisible(true);
            } else {
                unplaced.put(key, message);
            }
        });
        return unplaced;
    }

    private void addRow(Phase phase) {
        int number = rows.size() + 1;
        TextField label = new TextField(Text.get("catalogue.phases.phase", "number", number));
        label.setPlaceholder(Text.get(number == 1 ? "catalogue.phases.placeholder.first"
                : "catalogue.phases.placeholder.next"));
        label.setValue(phase.label());
        label.setValueChangeMode(ValueChangeMode.LAZY);
        label.addValueChangeListener(e -> changed());
        LengthCounter.attach(label, DosageLimits.PHASE_LABEL_MAX_LENGTH, null);
        RangeField seconds = new RangeField(Text.get("catalogue.phases.time"), "s");
        seconds.setRange(phase.seconds());
        seconds.setHelperText(Text.get("catalogue.phases.time.helper"));
        seconds.addValueChangeListener(e -> changed());
        Div box = new Div(label, seconds);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addClickListener(e -> {
            rows.removeIf(row -> row.box() == box);
            list.remove(box);
            renumber();
            changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.getElement().setAttribute("aria-label", Text.get("catalogue.phases.remove", "number", number));
        box.add(remove);
        box.addClassName("phase-row");
        rows.add(new Row(label, seconds, remove, box));
        list.add(box);
        showAdd();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).label().setLabel(Text.get("catalogue.phases.phase", "number", i + 1));
            rows.get(i).remove().getElement().setAttribute("aria-label",
                    Text.get("catalogue.phases.remove", "number", i + 1));
        }
        showAdd();
    }

    private void showAdd() {
        add.setVisible(rows.size() < DosageLimits.PHASES_MAX);
    }

    private void changed() {
        showAdd();
        changeListener.run();
    }
}
