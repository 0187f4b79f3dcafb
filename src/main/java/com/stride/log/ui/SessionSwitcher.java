package com.stride.log.ui;

import com.stride.log.DaySession;
import com.stride.log.RunnerLogService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.ArrayList;
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
        List<SessionPanel> panels = new ArrayList<>();
        int firstOpen = -1;
        for (int index = 0; index < sessions.size(); index++) {
            DaySession session = sessions.get(index);
            panels.add(new SessionPanel(logs, date, session));
            if (firstOpen < 0 && session.doneCount() < session.exercises().size()) {
                firstOpen = index;
            }
        }
        RadioButtonGroup<Integer> choice = new RadioButtonGroup<>("Which session");
        choice.addClassName("session-choice");
        choice.setItems(IntStream.range(0, sessions.size()).boxed().toList());
        choice.setItemLabelGenerator(index -> "Session " + (index + 1) + " of " + sessions.size());
        choice.addValueChangeListener(event -> {
            for (int index = 0; index < panels.size(); index++) {
                panels.get(index).setVisible(index == event.getValue());
            }
        });
        add(choice);
        panels.forEach(this::add);
        choice.setValue(Math.max(0, firstOpen));
    }
}
