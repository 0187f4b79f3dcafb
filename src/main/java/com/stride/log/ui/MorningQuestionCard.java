package com.stride.log.ui;

import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.text.Formats;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.base.validation.Problems;
import com.stride.log.LogLimits;
import com.stride.log.MorningQuestion;
import com.stride.log.PainGuidance;
import com.stride.log.RunnerLogService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Asked first thing after a session day: pain the next morning decides whether to progress or back
 * off, so the PT sees it next to the pain during the session.
 */
class MorningQuestionCard extends Section {

    MorningQuestionCard(RunnerLogService logs, MorningQuestion question, LocalDate today) {
        addClassName("morning-question");
        String day = question.sessionDay().equals(today.minusDays(1)) ? "yesterday's session"
                : "your session on " + Formats.longDate(question.sessionDay());
        PainScale pain = new PainScale("Pain this morning");
        FieldErrors errors = new FieldErrors().bind("pain", pain);
        Button save = new Button("Save", e -> {
            if (pain.getValue() == null) {
                // the service takes "no score" as "rather not say": that is the Skip button
                errors.show(Problems.none().add("pain", "Choose a number from " + LogLimits.PAIN_MIN + " to "
                        + LogLimits.PAIN_MAX + ", or skip the question"));
                return;
            }
            answer(logs, question, pain.getValue(), errors);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button skip = new Button("Skip", e -> answer(logs, question, null, errors));
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, skip);
        buttons.addClassName("entry-row");
        add(new H3("Good morning! How is the pain after " + day + "?"),
                new Paragraph("The morning after tells your physical therapist whether to step up or ease off."),
                pain, buttons);
    }

    private void answer(RunnerLogService logs, MorningQuestion question, @Nullable Integer value, FieldErrors errors) {
        try {
            logs.answerMorning(question.sessionId(), value);
            removeAll();
            Paragraph thanks = new Paragraph(value == null ? "Skipped. You can tell your PT in a note instead."
                    : "Thanks, saved: " + Formats.scoreInWords(value) + " this morning.");
            thanks.getElement().setAttribute("role", "status");
            add(thanks);
            if (value != null) {
                add(new PainAdvice(PainGuidance.nextMorning(value, question.painDuring()), logs, question.sessionId()));
            }
            addClassName("answered");
        } catch (InvalidInputException e) {
            errors.show(e).values().forEach(Notices::error);
        } catch (RecordNotFoundException e) {
            removeAll();
        }
    }
}
