package com.stride.log.ui;

import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.log.MorningQuestion;
import com.stride.log.RunnerLogService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;

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
        Button save = new Button("Save", e -> {
            if (pain.getValue() == null) {
                pain.setErrorMessage("Choose a number from 0 to 10, or skip the question");
                pain.setInvalid(true);
                return;
            }
            answer(logs, question, pain.getValue(), pain);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button skip = new Button("Skip", e -> answer(logs, question, null, pain));
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, skip);
        buttons.addClassName("entry-row");
        add(new H3("Good morning! How is the pain after " + day + "?"),
                new Paragraph("The morning after tells your physical therapist whether to step up or ease off."),
                pain, buttons);
    }

    private void answer(RunnerLogService logs, MorningQuestion question, Integer value, PainScale pain) {
        try {
            logs.answerMorning(question.sessionId(), value);
            removeAll();
            Paragraph thanks = new Paragraph(value == null ? "Skipped. You can tell your PT in a note instead."
                    : "Thanks, saved: " + value + " out of 10 this morning.");
            thanks.getElement().setAttribute("role", "status");
            add(thanks);
            addClassName("answered");
        } catch (InvalidInputException e) {
            pain.setErrorMessage(String.join(" ", e.fieldErrors().values()));
            pain.setInvalid(true);
        } catch (RecordNotFoundException e) {
            removeAll();
        }
    }
}
