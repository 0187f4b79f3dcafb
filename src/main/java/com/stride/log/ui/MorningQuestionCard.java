package com.stride.log.ui;

import com.stride.i18n.Text;
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
        String heading = question.sessionDay().equals(today.minusDays(1)) ? Text.get("log.morning.question.yesterday")
                : Text.get("log.morning.question.onDay", "day", Formats.longDate(question.sessionDay()));
        PainScale pain = new PainScale(Text.get("log.morning.pain"));
        FieldErrors errors = new FieldErrors().bind("pain", pain);
        Button save = new Button(Text.get("log.morning.save"), e -> {
            if (pain.getValue() == null) {
                // the service takes "no score" as "rather not say": that is the Skip button
                errors.show(Problems.none().add("pain", Text.get("log.morning.chooseOrSkip", "min", LogLimits.PAIN_MIN,
                        "max", LogLimits.PAIN_MAX)));
                return;
            }
            answer(logs, question, pain.getValue(), errors);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button skip = new Button(Text.get("log.morning.skip"), e -> answer(logs, question, null, errors));
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, skip);
        buttons.addClassName("entry-row");
        add(new H3(heading), new Paragraph(Text.get("log.morning.why")),
                pain, buttons);
    }

    private void answer(RunnerLogService logs, MorningQuestion question, @Nullable Integer value, FieldErrors errors) {
        try {
            logs.answerMorning(question.sessionId(), value);
            removeAll();
            Paragraph thanks = new Paragraph(value == null ? Text.get("log.morning.skipped")
                    : Text.get("log.morning.saved", "score", Formats.scoreInWords(value)));
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
