package com.stride.plan.ui;

import com.stride.i18n.Text;
import com.stride.base.ui.Buttons;
import com.stride.base.ui.DragReorder;
import com.stride.base.ui.FieldErrors;
import com.stride.base.validation.Problems;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExerciseSummary;
import com.stride.catalogue.ui.DosageEditor;
import com.stride.plan.Circuits;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanItemView;
import com.stride.plan.PlanLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The exercises of a plan: reorder by drag and drop or with move buttons, remove, and adjust the
 * selected exercise's dosage with a live summary. Errors from the service are shown on the item
 * they concern.
 */
class PlanItemsEditor extends Div implements FieldErrors.Group {

    /** The key of the items in the service's errors: "items[2].reps". */
    static final String PREFIX = "items";
    private static final String CHECK_DOSAGE = "plan.items.checkDosage";

    private final List<PlanItemRow> rows = new ArrayList<>();
    private final Grid<PlanItemRow> grid = new Grid<>();
    private final DosageEditor dosageEditor = new DosageEditor();
    private final Select<Integer> circuit = new Select<>();
    private final H3 dosageHeading = new H3();
    private final Div dosagePanel = new Div();
    private final Paragraph gentleNote = new Paragraph();
    private final Paragraph empty = new Paragraph(Text.get("plan.items.empty"));
    private Map<String, String> errors = Map.of();
    private @Nullable PlanItemRow selected;
    private boolean readOnly;
    private boolean loading;
    private boolean refreshing;
    private Runnable changeListener = () -> { };

    PlanItemsEditor() {
        addClassName("plan-items-editor");
        grid.addColumn(row -> rows.indexOf(row) + 1).setHeader("#").setWidth("3.5em").setFlexGrow(0);
        grid.addColumn(LitRenderer.<PlanItemRow>of("""
                        <div class="plan-item-with-thumb">
                        <img class="exercise-thumb" src="${item.thumb}" alt="" ?hidden="${!item.thumb}">
                        <div class="plan-item">
                          <button type="button" class="plan-item-name" ?disabled="${item.locked}"
                              @click="${event => { event.stopPropagation(); choose(); }}">${item.name}</button>
                          <span class="plan-item-dose">${item.dose}</span>
                          <span class="plan-item-problem" ?hidden="${!item.problem}">${item.problem}</span>
                        </div></div>""")
                        .withProperty("thumb", PlanItemRow::thumbnail)
                        .withProperty("name", PlanItemRow::name)
                        // A real button, so the keyboard reaches it (Enter on the cell, then Enter):
                        // the grid's own row selection answers clicks only.
                        .withProperty("locked", row -> readOnly)
                        .withFunction("choose", row -> {
                            grid.select(row);
                            dosagePanel.scrollIntoView();
                        })
                        .withProperty("dose", PlanItemRow::doseText)
                        .withProperty("problem", row -> row.problem()))
                .setHeader(Text.get("plan.items.exerciseHeader")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(Text.get("plan.items.orderHeader")).setKey("actions")
                .setWidth("10.5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(Text.get("plan.items.gridLabel"));
        grid.addClassName("plan-items-grid");
        grid.addSelectionListener(e -> {
            if (refreshing) {
                return;
            }
            select(e.getFirstSelectedItem().orElse(null));
            if (e.isFromClient() && selected != null) {
                dosagePanel.scrollIntoView();
            }
        });
        DragReorder.enable(grid, rows, this::structureChanged);

        gentleNote.addClassName("gentle-note");
        gentleNote.getElement().setAttribute("role", "note");
        empty.addClassName("empty-items");
        dosagePanel.addClassName("dosage-panel");
        circuit.setLabel(Text.get("plan.items.circuit"));
        circuit.setItems(java.util.stream.IntStream.rangeClosed(0, Circuits.MAX).boxed().toList());
        circuit.setItemLabelGenerator(n -> n == 0 ? Text.get("plan.items.noCircuit")
                : Text.get("plan.items.circuitNumber", "number", n));
        circuit.setValue(0);
        circuit.setHelperText(Text.get("plan.items.circuitHelper"));
        circuit.addClassName("circuit-choice");
        circuit.setWidthFull();
        circuit.getStyle().set("max-width", "24em");
        circuit.addValueChangeListener(e -> {
            if (!loading && selected != null) {
                selected.setCircuit(e.getValue() == null || e.getValue() == 0 ? null : e.getValue());
                circuit.setInvalid(false);
                dosageEditor.setInCircuit(selected.circuit() != null);
                // a move joining a circuit takes its rounds
                CircuitRounds.of(rows, selected).ifPresent(rounds -> {
                    selected.edited(selected.dosage().toBuilder().sets(rounds).build(), selected.unreadable());
                    loading = true;
                    try {
                        dosageEditor.setValue(selected.dosage());
                    } finally {
                        loading = false;
                    }
                });
                grid.getDataProvider().refreshItem(selected);
                changed();
            }
        });
        dosagePanel.add(dosageHeading, circuit, dosageEditor);
        dosageEditor.setChangeListener(dosage -> {
            if (!loading && selected != null) {
                selected.edited(dosage, dosageEditor.readProblems());
                if (CircuitRounds.spread(rows, selected)) {
                    grid.getDataProvider().refreshAll();
                } else {
                    grid.getDataProvider().refreshItem(selected);
                }
                changed();
            }
        });
        add(gentleNote, empty, grid, dosagePanel);
        refresh();
    }

    void setItems(List<PlanItemView> items) {
        rows.clear();
        items.forEach(item -> rows.add(new PlanItemRow(item.exerciseId(), item.exerciseName(),
                item.picture() == null ? null : item.picture().thumbnail(), item.dosage(), item.circuit())));
        errors = Map.of();
        selected = null;
        refresh();
        if (!rows.isEmpty() && !readOnly) {
            grid.select(rows.getFirst());
        }
    }

    /** Adds a catalogue exercise at the end with its default dosage, and selects it for adjusting. */
    boolean add(ExerciseSummary exercise) {
        if (readOnly || rows.size() >= PlanLimits.MAX_ITEMS) {
            return false;
        }
        PlanItemRow row = new PlanItemRow(exercise.id(), exercise.name(),
                exercise.picture() == null ? null : exercise.picture().thumbnail(), exercise.defaultDosage(), null);
        rows.add(row);
        structureChanged();
        grid.select(row);
        return true;
    }

    List<PlanItemDraft> getItems() {
        return rows.stream().map(row -> row.draft()).toList();
    }

    List<PlanItemRow> rows() {
        return List.copyOf(rows);
    }

    void setReadOnly(boolean value) {
        readOnly = value;
        grid.setRowsDraggable(!value);
        grid.getColumnByKey("actions").setVisible(!value);
        if (value) {
            grid.deselectAll();
        }
        refresh();
    }

    void setChangeListener(Runnable listener) {
        changeListener = listener;
    }

    /** Dosage input that cannot even be sent (e.g. "ten" for reps), in any row, keyed like the service's errors. */
    Problems readProblems() {
        Problems unreadable = Problems.none();
        for (int i = 0; i < rows.size(); i++) {
            unreadable.addAll(PREFIX + "[" + i + "]", rows.get(i).unreadable());
        }
        return unreadable;
    }

    /**
     * Shows the service's errors of the items ("[2]" for the second item, "[2].reps" for a field of
     * its dosage) on their items, and selects the first item with a problem. Errors of the list as a
     * whole (key "") are handed back.
     */
    @Override
    public Map<String, String> showErrors(Map<String, String> fieldErrors) {
        errors = fieldErrors;
        PlanItemRow first = null;
        for (int i = 0; i < rows.size(); i++) {
            String index = "[" + i + "]";
            boolean hasProblem = fieldErrors.keySet().stream().anyMatch(key -> key.startsWith(index));
            PlanItemRow row = rows.get(i);
            row.setProblem(hasProblem ? fieldErrors.getOrDefault(index, Text.get(CHECK_DOSAGE)) : null);
            if (hasProblem && first == null) {
                first = row;
            }
        }
        grid.getDataProvider().refreshAll();
        if (first != null) {
            grid.select(first);
            showDosageErrors();
        }
        return fieldErrors.containsKey("") ? Map.of("", fieldErrors.get("")) : Map.of();
    }

    void moveUp(int index) {
        move(index, -1);
    }

    void moveDown(int index) {
        move(index, 1);
    }

    void remove(int index) {
        PlanItemRow removed = rows.remove(index);
        if (removed == selected) {
            selected = null;
        }
        structureChanged();
    }

    DosageEditor dosageEditor() {
        return dosageEditor;
    }

    Grid<PlanItemRow> grid() {
        return grid;
    }

    private void move(int index, int offset) {
        int target = index + offset;
        if (target < 0 || target >= rows.size()) {
            return;
        }
        PlanItemRow row = rows.remove(index);
        rows.add(target, row);
        structureChanged();
    }

    private Div actions(PlanItemRow row) {
        int index = rows.indexOf(row);
        Button up = Buttons.icon(VaadinIcon.ARROW_UP, Text.get("plan.items.moveUp", "exercise", row.name()), () -> move(rows.indexOf(row), -1));
        up.setEnabled(index > 0);
        Button down = Buttons.icon(VaadinIcon.ARROW_DOWN, Text.get("plan.items.moveDown", "exercise", row.name()),
                () -> move(rows.indexOf(row), 1));
        down.setEnabled(index < rows.size() - 1);
        Button remove = Buttons.icon(VaadinIcon.TRASH, Text.get("plan.items.remove", "exercise", row.name()), () -> remove(rows.indexOf(row)));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(up, down, remove);
        actions.addClassName("plan-item-actions");
        return actions;
    }

    private void select(PlanItemRow row) {
        selected = row;
        dosagePanel.setVisible(row != null && !readOnly);
        if (row != null) {
            loading = true;
            try {
                dosageHeading.setText(Text.get("plan.items.dosageOf", "exercise", row.name()));
                circuit.setValue(row.circuit() == null ? 0 : row.circuit());
                dosageEditor.setInCircuit(row.circuit() != null);
                dosageEditor.setValue(row.dosage());
            } finally {
                loading = false;
            }
            showDosageErrors();
        }
    }

    private void showDosageErrors() {
        if (selected == null) {
            return;
        }
        String prefix = "[" + rows.indexOf(selected) + "].";
        Map<String, String> mine = new LinkedHashMap<>(selected.unreadable().asMap());
        errors.forEach((key, message) -> {
            if (key.startsWith(prefix)) {
                mine.put(key.substring(prefix.length()), message);
            }
        });
        String circuitProblem = mine.remove("circuit");
        circuit.setInvalid(circuitProblem != null);
        circuit.setErrorMessage(circuitProblem);
        dosageEditor.showErrors(mine);
    }

    private void refresh() {
        PlanItemRow keep = selected;
        refreshing = true;
        try {
            grid.setItems(rows);
            if (keep != null && rows.contains(keep)) {
                grid.select(keep);
            }
        } finally {
            refreshing = false;
        }
        if (keep == null || !rows.contains(keep)) {
            selected = null;
            dosagePanel.setVisible(false);
        }
        empty.setVisible(rows.isEmpty());
        grid.setVisible(!rows.isEmpty());
        gentleNote.setVisible(rows.size() > PlanLimits.GENTLE_NOTE_AFTER_ITEMS);
        gentleNote.setText(Text.get("plan.items.gentleNote", "count", rows.size()));
    }

    private void changed() {
        changeListener.run();
    }

    /** Order or membership changed: earlier messages point at the wrong positions now. */
    private void structureChanged() {
        errors = Map.of();
        rows.forEach(row -> row.setProblem(row.unreadable().isEmpty() ? null : Text.get(CHECK_DOSAGE)));
        refresh();
        showDosageErrors();
        changed();
    }
}
