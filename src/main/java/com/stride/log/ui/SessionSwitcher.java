package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.log.DaySession;
import com.stride.log.RunnerLogService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Two or more sessions on one day: a row of big radio buttons ("Session 1 of 2") above the chosen
 * session. Radio buttons rather than Vaadin's tabs, whose shadow DOM puts a focusable element
 * between the tab list and its tabs (axe: aria-required-children, critical).
 */
class SessionSwitcher extends Div {

    SessionSwitcher(RunnerLogService logs, LocalDate date, List<DaySession> sessions) {
        addClassName("session-switcher");
        int firstOpen = -1;
        for (int index = 0; index < sessions.size() && firstOpen < 0; index++) {
            DaySession session = sessions.get(index);
            if (session.doneCount() < session.exercises().size()) {
                firstOpen = index;
            }
        }
        // a session's panel is built when it is first chosen, then kept (with anything typed in it)
        SessionPanel[] panels = new SessionPanel[sessions.size()];
        RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(Text.get("log.session.which"));
        choice.addClassName("session-choice");
        choice.setItems(IntStream.range(0, sessions.size()).boxed().toList());
        choice.setItemLabelGenerator(index -> Text.get("log.session.choice", "number", index + 1, "count", sessions.size()));
        choice.addValueChangeListener(event -> {
            Integer chosen = event.getValue();
            if (chosen == null) {
                return; // radio buttons cannot be cleared by a person; nothing to show instead
            }
            if (panels[chosen] == null) {
                panels[chosen] = new SessionPanel(logs, date, sessions.get(chosen));
                add(panels[chosen]);
            }
            for (int index = 0; index < panels.length; index++) {
                if (panels[index] != null) {
                    panels[index].setVisible(index == chosen);
                }
            }
        });
        add(choice);
        choice.setValue(Math.max(0, firstOpen));
    }
}
