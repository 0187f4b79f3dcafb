package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.base.ui.LengthCounter;
import com.stride.base.text.Formats;
import com.stride.base.ui.FieldErrors;
import com.stride.base.validation.Problems;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.DosageLimits;
import com.stride.catalogue.DosageRules;
import com.stride.catalogue.Sides;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Edits a {@link Dosage}: every part a PT prescribes, with a live plain-language summary and each
 * error next to its field. Used for an exercise's default dosage and for plan items.
 */
public class DosageEditor extends Div implements FieldErrors.Group {

    enum Schedule {
        NOT_SET, DAYS_PER_WEEK, WEEKDAYS;

        String label() {
            return Text.get("catalogue.dosageEditor.schedule." + name());
        }
    }

    /** The unit after a field of seconds, the same in every language we speak. */
    private static final String SECONDS = "s";

    private final RangeField sets = new RangeField(Text.get("catalogue.dosageEditor.sets"), null);
    private final RangeField reps = new RangeField(Text.get("catalogue.dosageEditor.reps"), null);
    private final RangeField hold = new RangeField(Text.get("catalogue.dosageEditor.hold"), SECONDS);
    private final RangeField duration = new RangeField(Text.get("catalogue.dosageEditor.duration"), SECONDS);
    private final Select<Sides> sides = new Select<>();
    private final PhasesEditor phases = new PhasesEditor();
    private final RangeField timesPerDay = new RangeField(Text.get("catalogue.dosageEditor.timesPerDay"), null);
    private final Select<Schedule> schedule = new Select<>();
    private final RangeField daysPerWeek = RangeField.wholeNumber(Text.get("catalogue.dosageEditor.daysPerWeek"), null);
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>(Text.get("catalogue.dosageEditor.weekdays"));
    private final RangeField rest = RangeField.wholeNumber(Text.get("catalogue.dosageEditor.rest"), SECONDS);
    private final TextField load = new TextField(Text.get("catalogue.dosageEditor.load"));
    private final TextArea note = new TextArea(Text.get("catalogue.dosageEditor.note"));
    private final Span summary = new Span();
    private final FieldErrors errors = new FieldErrors();
    private Consumer<Dosage> changeListener = dosage -> { };
    private boolean inCircuit;

    public DosageEditor() {
        addClassName("dosage-editor");
        sets.setHelperText(Text.get("catalogue.dosageEditor.sets.helper"));
        reps.setHelperText(Text.get("catalogue.dosageEditor.reps.helper"));
        hold.setHelperText(Text.get("catalogue.dosageEditor.hold.helper"));
        duration.setHelperText(Text.get("catalogue.dosageEditor.duration.helper"));
        timesPerDay.setHelperText(Text.get("catalogue.dosageEditor.timesPerDay.helper"));
        sides.setLabel(Text.get("catalogue.dosageEditor.sides"));
        sides.setItems(Sides.values());
        sides.setItemLabelGenerator(Sides::label);
        sides.setValue(Sides.BOTH);
        sides.setHelperText(Text.get("catalogue.dosageEditor.sides.helper"));
        schedule.setLabel(Text.get("catalogue.dosageEditor.schedule"));
        schedule.setItems(Schedule.values());
        schedule.setItemLabelGenerator(Schedule::label);
        schedule.setValue(Schedule.NOT_SET);
        daysPerWeek.setHelperText("1-7");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(Formats::weekday);
        weekdays.addClassName("weekday-choice");
        rest.setHelperText(Text.get("catalogue.dosageEditor.rest.helper"));
        load.setPlaceholder(Text.get("catalogue.dosageEditor.load.placeholder"));
        note.setPlaceholder(Text.get("catalogue.dosageEditor.note.placeholder"));
        summary.addClassName("dosage-summary");
        summary.getElement().setAttribute("aria-live", "polite");

        errors.bind("sets", sets).bind("reps", reps).bind("holdSeconds", hold).bind("durationSeconds", duration)
                .bind("timesPerDay", timesPerDay).bind("daysPerWeek", daysPerWeek).bind("weekdays", weekdays)
                .bind("restSeconds", rest).bind("load", load).bind("note", note).bind("sides", sides)
                .bind("phases", phases);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
        form.add(sets, reps, hold, duration, sides, timesPerDay, schedule, daysPerWeek, weekdays, rest, load);
        form.add(phases, 4);
        form.setColspan(weekdays, 2);
        form.setColspan(load, 2);
        form.add(note, 4);
        add(new Div(new Span(Text.get("catalogue.dosageEditor.summary")), summary), form);

        List.of(sets, reps, hold, duration, timesPerDay).forEach(f -> f.addValueChangeListener(e -> changed()));
        sides.addValueChangeListener(e -> changed());
        phases.setChangeListener(this::changed);
        daysPerWeek.addValueChangeListener(e -> changed());
        weekdays.addValueChangeListener(e -> changed());
        rest.addValueChangeListener(e -> changed());
        load.setValueChangeMode(ValueChangeMode.EAGER);
        load.addValueChangeListener(e -> changed());
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.addValueChangeListener(e -> changed());
        LengthCounter.attach(load, DosageLimits.LOAD_MAX_LENGTH, null);
        LengthCounter.attach(note, DosageLimits.NOTE_MAX_LENGTH, null);
        schedule.addValueChangeListener(e -> {
            showSchedule();
            changed();
        });
        showSchedule();
        changed();
    }

    public void setValue(Dosage dosage) {
        Dosage value = dosage == null ? Dosage.builder().build() : dosage;
        sets.setRange(value.sets());
        reps.setRange(value.reps());
        hold.setRange(value.holdSeconds());
        duration.setRange(value.durationSeconds());
        sides.setValue(value.sides());
        phases.setValue(value.phases());
        timesPerDay.setRange(value.timesPerDay());
        daysPerWeek.setNumber(value.daysPerWeek());
        weekdays.setValue(value.weekdays());
        schedule.setValue(value.daysPerWeek() != null ? Schedule.DAYS_PER_WEEK
                : value.weekdays().isEmpty() ? Schedule.NOT_SET : Schedule.WEEKDAYS);
        rest.setNumber(value.restSeconds());
        load.setValue(value.load() == null ? "" : value.load());
        note.setValue(value.note() == null ? "" : value.note());
        clearErrors();
        changed();
    }

    /** The dosage as entered; fields that cannot be read count as empty (see {@link #readProblems()}). */
    public Dosage getValue() {
        Schedule mode = schedule.getValue();
        return Dosage.builder()
                .sets(sets.range().orElse(null))
                .reps(reps.range().orElse(null))
                .hold(hold.range().orElse(null))
                .duration(duration.range().orElse(null))
                .sides(sides.getValue())
                .phases(phases.getValue())
                .timesPerDay(timesPerDay.range().orElse(null))
                .daysPerWeek(mode == Schedule.DAYS_PER_WEEK ? daysPerWeek.number().orElse(null) : null)
                .weekdays(mode == Schedule.WEEKDAYS ? weekdays.getValue() : null)
                .rest(rest.number().orElse(null))
                .load(load.getValue())
                .note(note.getValue())
                .build();
    }

    /**
     * What the service cannot be asked about because it cannot be sent: a number field that cannot
     * be read ("ten"), or a schedule chosen without its days. Keys as in {@link DosageRules}.
     */
    public Problems readProblems() {
        Problems problems = Problems.none();
        Map<String, RangeField> numberFields = new LinkedHashMap<>();
        numberFields.put("sets", sets);
        numberFields.put("reps", reps);
        numberFields.put("holdSeconds", hold);
        numberFields.put("durationSeconds", duration);
        numberFields.put("timesPerDay", timesPerDay);
        numberFields.put("restSeconds", rest);
        if (schedule.getValue() == Schedule.DAYS_PER_WEEK) {
            numberFields.put("daysPerWeek", daysPerWeek);
        }
        numberFields.forEach((name, field) -> {
            if (field.isUnreadable()) {
                problems.add(name, field.unreadableMessage());
            }
        });
        if (schedule.getValue() == Schedule.DAYS_PER_WEEK && daysPerWeek.getValue().isBlank()) {
            problems.add("daysPerWeek", Text.get("catalogue.dosageEditor.daysPerWeek.missing"));
        }
        if (schedule.getValue() == Schedule.WEEKDAYS && weekdays.getValue().isEmpty()) {
            problems.add("weekdays", Text.get("catalogue.dosageEditor.weekdays.missing"));
        }
        phases.readProblems().asMap().forEach((key, message) -> problems.add("phases" + key, message));
        return problems;
    }

    /** Shows each message next to its field; other fields are cleared. Keys as in {@link DosageRules}. */
    @Override
    public Map<String, String> showErrors(Map<String, String> messages) {
        return errors.show(messages);
    }

    public void clearErrors() {
        errors.clear();
    }

    /** Called with the current dosage after every change (e.g. to mark a form dirty). */
    public void setChangeListener(Consumer<Dosage> listener) {
        changeListener = listener;
    }

    /** The field for a rule's field name, for tests. */
    Component field(String name) {
        return (Component) errors.field(name).orElseThrow();
    }

    private void showSchedule() {
        daysPerWeek.setVisible(schedule.getValue() == Schedule.DAYS_PER_WEEK);
        weekdays.setVisible(schedule.getValue() == Schedule.WEEKDAYS);
    }

    /** In a circuit the sets are the circuit's rounds: the field and the summary say so. */
    public void setInCircuit(boolean value) {
        inCircuit = value;
        sets.setLabel(Text.get(value ? "catalogue.dosageEditor.rounds" : "catalogue.dosageEditor.sets"));
        changed();
    }

    private void changed() {
        Dosage dosage = getValue();
        Problems problems = readProblems().addAll(DosageRules.check(dosage));
        summary.setText(!problems.isEmpty() ? Text.get("catalogue.dosageEditor.incomplete")
                : inCircuit ? Text.get("catalogue.dosageEditor.inCircuit", "rounds", dosage.rounds(),
                "dose", dosage.summaryInCircuit()) : dosage.summary());
        summary.getElement().getClassList().set("incomplete", !problems.isEmpty());
        changeListener.accept(dosage);
    }
}
