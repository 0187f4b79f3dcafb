package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.LengthCounter;
import com.stride.base.ui.Notices;
import com.stride.log.DayExercise;
import com.stride.log.DaySession;
import com.stride.log.Entry;
import com.stride.log.LogLimits;
import com.stride.log.PainGuidance;
import com.stride.log.RunnerLogService;
import com.stride.log.SessionSaved;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One session of a day: its exercises to tick off, then pain and a note for the whole session. */
class SessionPanel extends Section {

    /** Said on any day's page, yesterday's too: the plan changed under it, so reload. */
    static String planUpdated() {
        return Text.get("log.session.planUpdated");
    }

    private final RunnerLogService logs;
    private final LocalDate date;
    private final DaySession session;
    private final PainScale pain = new PainScale(Text.get("log.session.pain"));
    private final TextArea note = new TextArea(Text.get("log.session.note"));
    private final Paragraph saved = new Paragraph();
    private final Div advice = new Div();
    private final Button save = new Button(Text.get("log.session.save"), e -> save());
    private final FieldErrors errors = new FieldErrors().bind("pain", pain).bind("note", note);
    private @Nullable Long version;

    SessionPanel(RunnerLogService logs, LocalDate date, DaySession session) {
        this.logs = logs;
        this.date = date;
        this.session = session;
        this.version = session.version();
        addClassName("session-panel");
        Div exercises = new Div();
        exercises.addClassName("exercise-list");
        ExerciseCard.Actions actions = new ExerciseCard.Actions() {
            @Override
            public boolean record(long planItemId, Entry entry) {
                // a refused entry goes back to its card, which shows it next to the field
                return call(() -> logs.record(date, session.number(), planItemId, entry), false);
            }

            @Override
            public boolean undo(long planItemId) {
                return call(() -> logs.undo(date, session.number(), planItemId), true);
            }
        };
        List<DayExercise> all = session.exercises();
        for (int i = 0; i < all.size(); i++) {
            Integer circuit = all.get(i).circuit();
            int end = i + 1;
            while (circuit != null && end < all.size() && circuit.equals(all.get(end).circuit())) {
                end++;
            }
            if (end - i > 1) {
                exercises.add(new CircuitBox(all.subList(i, end), actions));
                i = end - 1;
            } else {
                exercises.add(new ExerciseCard(all.get(i), actions));
            }
        }
        add(exercises, howItWent());
    }

    private Div howItWent() {
        pain.setValue(session.painDuring());
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.addClassName("session-note");
        note.setValue(session.note() == null ? "" : session.note());
        note.addValueChangeListener(e -> note.setInvalid(false));
        LengthCounter.attach(note, LogLimits.NOTE_MAX, Text.get("log.session.note.hint"));
        pain.addValueChangeListener(e -> pain.setInvalid(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClassName("save-session");
        saved.addClassName("saved-message");
        saved.getElement().setAttribute("role", "status");
        Div form = new Div(new H3(session.sessionCount() > 1
                ? Text.get("log.session.howDidSessionGo", "number", session.number())
                : Text.get("log.session.howDidItGo")), pain, note, save, saved, advice);
        form.addClassName("how-it-went");
        return form;
    }

    private void save() {
        saved.setText("");
        errors.clear();
        try {
            SessionSaved result = logs.saveSession(date, session.number(), pain.getValue(), note.getValue(),
                    version);
            version = result.version();
            errors.show(result.refused());
            saved.setText(savedMessage(result));
            showAdvice(result);
        } catch (InvalidInputException e) {
            errors.show(e).values().forEach(Notices::error);
        } catch (ConcurrentEditException e) {
            Notices.error(Text.get("log.session.changedElsewhere"));
        } catch (RecordNotFoundException e) {
            Notices.error(Text.get("log.session.gone"));
        } finally {
            save.setEnabled(true);
        }
    }

    /** What to do about the pain just saved: the runner may be in the middle of the exercises. */
    private void showAdvice(SessionSaved result) {
        advice.removeAll();
        Integer score = pain.getValue();
        if (score != null && result.sessionId() != null && !result.refused().containsKey("pain")) {
            advice.add(new PainAdvice(PainGuidance.during(score), logs, result.sessionId()));
        }
    }

    /** Says what was kept when a field was refused: the runner must not think the pain score is lost too. */
    private String savedMessage(SessionSaved result) {
        if (result.complete()) {
            return Text.get("log.session.saved");
        }
        if (result.refused().containsKey("note")) {
            return Text.get(pain.getValue() == null ? "log.session.noteNotSaved" : "log.session.painSavedNoteNot");
        }
        return Text.get("log.session.noteSavedPainNot");
    }

    /** Runs a change of an exercise's entry; false when it was refused, which is said here unless the card says it. */
    private static boolean call(Runnable action, boolean explainRefusals) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            if (!explainRefusals) {
                throw e;
            }
            e.fieldErrors().values().forEach(Notices::error);
        } catch (RecordNotFoundException e) {
            // also when the PT saved a new version with this exercise in it: the page shows the old one
            Notices.error(planUpdated());
        } catch (ConcurrentEditException e) {
            Notices.error(Text.get("log.session.planChanged"));
        }
        return false;
    }
}
