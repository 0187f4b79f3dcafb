package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.ui.Notices;
import com.stride.log.PainGuidance;
import com.stride.log.RunnerLogService;
import com.stride.log.WarningSign;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What to do about the score just saved, from {@link PainGuidance}; when pain is high, the short
 * "is this something else?" check, whose answer reaches the PT as an urgent flag.
 */
class PainAdvice extends Div {

    PainAdvice(PainGuidance.Advice advice, RunnerLogService logs, long sessionId) {
        addClassNames("pain-advice", "pain-advice-" + advice.moment().name().toLowerCase(Locale.ROOT),
                advice.tellsPt() ? "pain-advice-caution" : "pain-advice-fine");
        getElement().setAttribute("role", "status");
        H4 heading = new H4(advice.heading());
        heading.addClassName("pain-advice-heading");
        add(heading, new Paragraph(advice.advice()));
        if (advice.askSigns()) {
            add(signsCheck(logs, sessionId));
        }
    }

    private static Div signsCheck(RunnerLogService logs, long sessionId) {
        Div box = new Div();
        box.addClassName("warning-signs");
        Map<WarningSign, Checkbox> boxes = new EnumMap<>(WarningSign.class);
        Div options = new Div();
        options.addClassName("warning-sign-options");
        for (WarningSign sign : WarningSign.values()) {
            Checkbox checkbox = new Checkbox(sign.label());
            checkbox.addClassName("warning-sign");
            boxes.put(sign, checkbox);
            options.add(checkbox);
        }
        Button send = new Button(Text.get("log.signs.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClassName("send-signs");
        Button none = new Button(Text.get("log.signs.none"));
        none.addClassName("no-signs");
        Div buttons = new Div(send, none);
        buttons.addClassName("entry-row");
        box.add(new H4(PainGuidance.signsQuestion()), new Paragraph(PainGuidance.signsIntro()), options, buttons);
        send.addClickListener(e -> {
            Set<WarningSign> ticked = EnumSet.noneOf(WarningSign.class);
            boxes.forEach((sign, checkbox) -> {
                if (checkbox.getValue()) {
                    ticked.add(sign);
                }
            });
            if (ticked.isEmpty()) {
                Notices.error(Text.get("log.signs.tickOrNone"));
                send.setEnabled(true);
                return;
            }
            answer(box, logs, sessionId, ticked);
        });
        none.addClickListener(e -> answer(box, logs, sessionId, Set.of()));
        return box;
    }

    private static void answer(Div box, RunnerLogService logs, long sessionId, Set<WarningSign> signs) {
        try {
            logs.reportWarningSigns(sessionId, signs);
            box.removeAll();
            Paragraph answer = new Paragraph(signs.isEmpty() ? PainGuidance.noSigns() : PainGuidance.signsAdvice());
            answer.addClassName(signs.isEmpty() ? "no-signs-answer" : "signs-advice");
            box.add(answer);
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(Notices::error);
        } catch (RecordNotFoundException e) {
            Notices.error(SessionPanel.planUpdated());
        }
    }
}
