package com.stride.catalogue.ui;

import com.stride.catalogue.Dosage;
import com.stride.catalogue.DosageLimits;
import com.stride.catalogue.DosageRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Edits a {@link Dosage}: every part a PT prescribes, with a live plain-language summary and each
 * error next to its field. Used for an exercise's default dosage and for plan items.
 */
public class DosageEditor extends Div {

    enum Schedule {
        NOT_SET("Not set"), DAYS_PER_WEEK("Days a week"), WEEKDAYS("Named weekdays");

        private final String label;

        Schedule(String label) {
            this.label = label;
        }
    }

    private final RangeField sets = new RangeField("Sets", null);
    private final RangeField reps = new RangeField("Reps", null);
    private final RangeField hold = new RangeField("Hold", "s");
    private final RangeField duration = new RangeField("Duration", "s");
    private final Checkbox perSide = new Checkbox("Each side");
    private final RangeField timesPerDay = new RangeField("Times a day", null);
    private final Select<Schedule> schedule = new Select<>();
    private final RangeField daysPerWeek = RangeField.wholeNumber("Days a week", null);
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("Weekdays");
    private final RangeField rest = RangeField.wholeNumber("Rest between sets", "s");
    private final TextField load = new TextField("Load or band");
    private final TextArea note = new TextArea("Note to the runner");
    private final Span summary = new Span();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private Consumer<Dosage> changeListener = dosage -> { };

    public DosageEditor() {
        addClassName("dosage-editor");
        sets.setHelperText("e.g. 2 or 1-2");
        reps.setHelperText("e.g. 10 or 10-12");
        hold.setHelperText("seconds per rep");
        duration.setHelperText("for timed moves");
        timesPerDay.setHelperText("e.g. 2 or 2-3");
        schedule.setLabel("Schedule");
        schedule.setItems(Schedule.values());
        schedule.setItemLabelGenerator(s -> s.label);
        schedule.setValue(Schedule.NOT_SET);
        daysPerWeek.setHelperText("1-7");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        weekdays.addClassName("weekday-choice");
        rest.setHelperText("seconds");
        load.setMaxLength(DosageLimits.LOAD_MAX_LENGTH);
        load.setPlaceholder("e.g. red band");
        note.setMaxLength(DosageLimits.NOTE_MAX_LENGTH);
        note.setPlaceholder("e.g. keep your chest upright");
        summary.addClassName("dosage-summary");
        summary.getElement().setAttribute("aria-live", "polite");

        fieldsByName.put("sets", sets);
        fieldsByName.put("reps", reps);
        fieldsByName.put("holdSeconds", hold);
        fieldsByName.put("durationSeconds", duration);
        fieldsByName.put("timesPerDay", timesPerDay);
        fieldsByName.put("daysPerWeek", daysPerWeek);
        fieldsByName.put("weekdays", weekdays);
        fieldsByName.put("restSeconds", rest);
        fieldsByName.put("load", load);
        fieldsByName.put("note", note);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
        form.add(sets, reps, hold, duration, perSide, timesPerDay, schedule, daysPerWeek, weekdays, rest, load);
        form.setColspan(weekdays, 2);
        form.setColspan(load, 2);
        form.add(note, 4);
        add(new Div(new Span("Dosage: "), summary), form);

        List.of(sets, reps, hold, duration, timesPerDay).forEach(f -> f.addValueChangeListener(e -> changed()));
        perSide.addValueChangeListener(e -> changed());
        daysPerWeek.addValueChangeListener(e -> changed());
        weekdays.addValueChangeListener(e -> changed());
        rest.addValueChangeListener(e -> changed());
        load.setValueChangeMode(ValueChangeMode.EAGER);
        load.addValueChangeListener(e -> changed());
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.addValueChangeListener(e -> changed());
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
        perSide.setValue(value.perSide());
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

    /** The dosage as entered; fields that cannot be read count as empty (see {@link #readErrors()}). */
    public Dosage getValue() {
        Schedule mode = schedule.getValue();
        return Dosage.builder()
                .sets(sets.range().orElse(null))
                .reps(reps.range().orElse(null))
                .hold(hold.range().orElse(null))
                .duration(duration.range().orElse(null))
                .perSide(perSide.getValue())
                .timesPerDay(timesPerDay.range().orElse(null))
                .daysPerWeek(mode == Schedule.DAYS_PER_WEEK ? daysPerWeek.number().orElse(null) : null)
                .weekdays(mode == Schedule.WEEKDAYS ? weekdays.getValue() : null)
                .rest(rest.number().orElse(null))
                .load(load.getValue())
                .note(note.getValue())
                .build();
    }

    /** Problems of input that could not even be read (e.g. "ten" in a number field). */
    public Map<String, String> readErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
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
                errors.put(name, field.unreadableMessage());
            }
        });
        if (schedule.getValue() == Schedule.DAYS_PER_WEEK && daysPerWeek.getValue().isBlank()) {
            errors.put("daysPerWeek", "Enter the number of days a week");
        }
        if (schedule.getValue() == Schedule.WEEKDAYS && weekdays.getValue().isEmpty()) {
            errors.put("weekdays", "Choose at least one weekday");
        }
        return errors;
    }

    /** Shows each message next to its field; other fields are cleared. Keys as in {@link DosageRules}. */
    public void showErrors(Map<String, String> errors) {
        clearErrors();
        errors.forEach((name, message) -> {
            HasValidation field = fieldsByName.get(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
    }

    public void clearErrors() {
        fieldsByName.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Called with the current dosage after every change (e.g. to mark a form dirty). */
    public void setChangeListener(Consumer<Dosage> listener) {
        changeListener = listener;
    }

    /** The field for a rule's field name, for tests and focus handling. */
    Component field(String name) {
        return (Component) fieldsByName.get(name);
    }

    private void showSchedule() {
        daysPerWeek.setVisible(schedule.getValue() == Schedule.DAYS_PER_WEEK);
        weekdays.setVisible(schedule.getValue() == Schedule.WEEKDAYS);
    }

    private void changed() {
        Dosage dosage = getValue();
        Map<String, String> problems = new LinkedHashMap<>(readErrors());
        DosageRules.check(dosage).forEach(problems::putIfAbsent);
        summary.setText(problems.isEmpty() ? dosage.summary() : "not complete yet");
        summary.getElement().getClassList().set("incomplete", !problems.isEmpty());
        changeListener.accept(dosage);
    }
}
