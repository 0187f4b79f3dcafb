package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.base.InvalidInputException;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.log.CoachProgram;
import com.stride.log.DayExercise;
import com.stride.log.Effort;
import com.stride.log.Entry;
import com.stride.log.EntryStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.stride.catalogue.ui.ExercisePictures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One exercise of a session on the runner's phone: what and how, a timer, and ticking it off. */
class ExerciseCard extends Div {

    /** What the card asks of its session; each returns false when the service refused. */
    interface Actions {
        /** @throws InvalidInputException when the entry is refused, for the card to show at its field */
        boolean record(long planItemId, Entry entry);

        boolean undo(long planItemId);
    }

    private final DayExercise exercise;
    private final Actions actions;
    private final Div logArea = new Div();
    private @Nullable Entry entry;

    ExerciseCard(DayExercise exercise, Actions actions) {
        this.exercise = exercise;
        this.actions = actions;
        this.entry = exercise.entry();
        addClassName("exercise-card");
        if (exercise.picture() != null) {
            add(ExercisePictures.of(exercise.picture(), exercise.name()));
        }
        H3 name = new H3(exercise.name());
        // in a circuit the sets are its rounds, which the circuit says once
        Paragraph dosage = new Paragraph(inCircuit() ? exercise.dosage().summaryInCircuit()
                : exercise.dosage().summary());
        dosage.addClassName("dosage");
        add(name, dosage);
        if (exercise.dosage().note() != null) {
            Paragraph note = new Paragraph(exercise.dosage().note());
            note.addClassName("pt-note");
            // who says it, in the runner's language, shown before the PT's own words (no extra node)
            note.getElement().setAttribute("data-from", Text.get("log.card.fromPt"));
            add(note);
        }
        if (!exercise.steps().isEmpty() || !exercise.tips().isEmpty()) {
            add(howTo());
        }
        // a circuit's moves are coached together, by the circuit
        CoachTimer coach = inCircuit() ? null : CoachTimer.forDose(CoachProgram.of(exercise.dosage(),
                exercise.name()), exercise.name(), this::coachFinished, this::coachStopped);
        if (coach != null) {
            add(coach);
        }
        logArea.addClassName("log-area");
        add(logArea);
        showEntry();
    }

    // The steps are built when the runner first opens them: most days they stay closed, and a card's
    // steps and tips are a third of Today's state on the server and of its first response (issue 14).
    private Details howTo() {
        Details details = new Details(Text.get("log.card.howTo"));
        details.addClassName("how-to");
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(howToContent());
            }
        });
        return details;
    }

    private Div howToContent() {
        Div content = new Div();
        if (!exercise.steps().isEmpty()) {
            OrderedList steps = new OrderedList();
            exercise.steps().forEach(step -> steps.add(new ListItem(step)));
            content.add(steps);
        }
        if (!exercise.tips().isEmpty()) {
            UnorderedList tips = new UnorderedList();
            tips.addClassName("tips");
            exercise.tips().forEach(tip -> tips.add(new ListItem(tip)));
            content.add(new Paragraph(Text.get("log.card.tips")), tips);
        }
        return content;
    }

    private void showEntry() {
        logArea.removeAll();
        setClassName("logged", entry != null);
        if (entry == null) {
            Button done = new Button(EntryStatus.DONE.label(), VaadinIcon.CHECK.create(),
                    e -> record(new Entry(EntryStatus.DONE, null, null)));
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            done.setDisableOnClick(true);
            done.getElement().setAttribute("aria-label", Text.get("log.card.markDone", "name", exercise.name()));
            logArea.add(done);
            Integer sets = exercise.setsTarget();
            if (sets != null && sets >= 2) {
                Button partly = new Button(EntryStatus.PARTIAL.label(), e -> askSets(sets));
                partly.getElement().setAttribute("aria-label", Text.get("log.card.markPartly", "name", exercise.name()));
                logArea.add(partly);
            }
            return;
        }
        Span status = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(entry.status() == EntryStatus.DONE
                ? EntryStatus.DONE.label()
                : Text.get(inCircuit() ? "log.card.partly.rounds" : "log.card.partly.sets", "done", entry.setsDone(),
                        "target", exercise.setsTarget())));
        status.addClassName("entry-status");
        Button undo = new Button(Text.get("log.card.undo"), VaadinIcon.ARROW_BACKWARD.create(), e -> {
            if (actions.undo(exercise.planItemId())) {
                entry = null;
                showEntry();
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        undo.getElement().setAttribute("aria-label", Text.get("log.card.undo.aria", "name", exercise.name()));
        Div row = new Div(status, undo);
        row.addClassName("entry-row");
        logArea.add(row, effortChoice());
    }

    /** The optional rating: tap again to clear it. */
    private Div effortChoice() {
        Div choice = new Div();
        choice.addClassName("effort");
        choice.getElement().setAttribute("role", "group");
        choice.getElement().setAttribute("aria-label", Text.get("log.card.effort.aria", "name", exercise.name()));
        Span question = new Span(Text.get("log.card.effort.question"));
        question.addClassName("effort-question");
        Span why = new Span(Text.get("log.card.effort.why"));
        why.addClassName("effort-why");
        choice.add(question);
        for (Effort effort : Effort.values()) {
            boolean chosen = effort == entry.effort();
            Button option = new Button(effort.label(), e -> record(new Entry(entry.status(), entry.setsDone(),
                    chosen ? null : effort)));
            option.addThemeVariants(chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST,
                    ButtonVariant.LUMO_SMALL);
            option.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            choice.add(option);
        }
        choice.add(why);
        return choice;
    }

    private boolean inCircuit() {
        return exercise.circuit() != null;
    }

    /** Records the entry unless the runner already logged this exercise (a circuit's coach finishing). */
    void recordIfOpen(Entry next) {
        if (entry == null) {
            record(next);
        }
    }

    /** The coach ran the whole dose: it is done, unless the runner already said otherwise. */
    private void coachFinished() {
        if (entry == null) {
            record(new Entry(EntryStatus.DONE, null, null));
        }
    }

    /** Stopped early: offer to record the sets the coach saw completed. */
    private void coachStopped(int setsCompleted) {
        if (entry != null) {
            return;
        }
        Integer target = exercise.setsTarget();
        if (target != null && target >= 2 && setsCompleted >= 1 && setsCompleted < target) {
            askSets(target, setsCompleted);
        } else if (setsCompleted >= (target == null ? 1 : target)) {
            record(new Entry(EntryStatus.DONE, null, null));
        }
    }

    private void askSets(int target) {
        askSets(target, 1);
    }

    private void askSets(int target, int done) {
        logArea.removeAll();
        IntegerField sets = new IntegerField(Text.get(inCircuit() ? "log.card.roundsDone" : "log.card.setsDone",
                "target", target));
        sets.setMin(1);
        sets.setMax(target - 1);
        sets.setValue(done);
        sets.setStepButtonsVisible(true);
        sets.addClassName("sets-done");
        FieldErrors errors = new FieldErrors().bind("setsDone", sets);
        Button save = new Button(Text.get("log.card.save"), e -> record(new Entry(EntryStatus.PARTIAL, sets.getValue(), null), errors));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Text.get("log.card.cancel"), e -> showEntry());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("entry-row");
        logArea.add(sets, buttons);
        sets.focus();
    }

    private void record(Entry next) {
        record(next, new FieldErrors());
    }

    /** Records the entry; a refusal is shown at its field when the form has one, else as a notice. */
    private void record(Entry next, FieldErrors form) {
        try {
            if (actions.record(exercise.planItemId(), next)) {
                entry = next;
            }
        } catch (InvalidInputException refused) {
            Map<String, String> elsewhere = form.show(refused);
            elsewhere.values().forEach(Notices::error);
            if (elsewhere.isEmpty()) {
                return; // the form stays open with its message
            }
        }
        showEntry();
    }
}
