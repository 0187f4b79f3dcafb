package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.i18n.Titles;
import com.stride.catalogue.ui.ExercisePictures;
import com.stride.log.DayExercise;
import com.stride.log.DaySession;
import com.stride.log.RunnerDay;
import com.stride.log.RunnerLogService;
import com.stride.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The runner's home, designed for a phone after a run: what is due today from the active plan,
 * session by session, with the way to tick exercises off and say how it went. {@code ?day=yesterday}
 * shows yesterday's, which can still be corrected.
 */
@Route("today")
@Menu(order = 10, icon = "vaadin:calendar-o", title = "log.menu.today")
@RolesAllowed(Role.Names.RUNNER)
class TodayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String YESTERDAY = "yesterday";

    private final RunnerLogService logs;
    private boolean yesterday;

    TodayView(RunnerLogService logs) {
        this.logs = logs;
        addClassNames("today-view", "page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        yesterday = event.getLocation().getQueryParameters().getSingleParameter("day")
                .filter(YESTERDAY::equals).isPresent();
        LocalDate today = logs.today();
        show(logs.day(yesterday ? today.minusDays(1) : today), today, yesterday);
    }

    @Override
    public String getPageTitle() {
        return Titles.of(yesterday ? "log.today.yesterday" : "log.today.title");
    }

    private void show(RunnerDay day, LocalDate today, boolean yesterday) {
        removeAll();
        Div header = new Div(new H2(Text.get(yesterday ? "log.today.yesterday" : "log.today.title")), date(day.date()));
        header.addClassName("page-header");
        add(header);
        if (!yesterday && day.morningQuestion() != null) {
            add(new MorningQuestionCard(logs, day.morningQuestion(), today));
        }
        if (day.plan() == null) {
            add(message(Text.get("log.today.noPlan"), Text.get("log.today.noPlan.text")));
            return;
        }
        Paragraph plan = new Paragraph(Text.get("log.today.planLine", "title", day.plan().title(),
                "therapist", day.plan().therapistName()));
        plan.addClassName("plan-line");
        add(plan);
        List<DaySession> sessions = day.sessions();
        if (sessions.stream().flatMap(s -> s.exercises().stream())
                .anyMatch(e -> e.picture() != null && e.picture().isDrawing())) {
            Paragraph key = new Paragraph(ExercisePictures.drawingKey());
            key.addClassName("drawing-key");
            add(key);
        }
        if (sessions.isEmpty()) {
            add(nothingDue(day, today, yesterday));
        } else if (sessions.size() == 1) {
            add(new SessionPanel(logs, day.date(), sessions.getFirst()));
        } else {
            add(sessionsIntro(sessions, yesterday), new SessionSwitcher(logs, day.date(), sessions));
        }
        Anchor other = yesterday ? new Anchor("today", Text.get("log.today.backToToday"))
                : new Anchor("today?day=" + YESTERDAY, Text.get("log.today.correctYesterday"));
        other.addClassName("other-day");
        add(other);
    }

    /** Which exercises belong to which session, so the runner can plan the day (issue 15). */
    private static Div sessionsIntro(List<DaySession> sessions, boolean yesterday) {
        Paragraph intro = new Paragraph(Text.get(yesterday ? "log.today.sessions.yesterday" : "log.today.sessions",
                "count", sessions.size()));
        UnorderedList list = new UnorderedList();
        for (DaySession session : sessions) {
            list.add(new ListItem(Text.get("log.today.sessions.item", "number", session.number(),
                    "exercises", session.exercises().stream().map(DayExercise::name).collect(Collectors.joining(", ")))));
        }
        Div box = new Div(intro, list);
        box.addClassName("sessions-intro");
        return box;
    }

    private static Span date(LocalDate day) {
        Span date = new Span(Formats.longDate(day));
        date.addClassName("day-date");
        return date;
    }

    private static Div nothingDue(RunnerDay day, LocalDate today, boolean yesterday) {
        String next = day.nextDueDay() == null ? Text.get("log.today.nothingScheduled")
                : Text.get("log.today.nextDue", "day", Formats.relativeDay(day.nextDueDay(), today));
        return message(Text.get(yesterday ? "log.today.nothingYesterday" : "log.today.restDay"), next);
    }

    private static Div message(String title, String text) {
        Div box = new Div(new Span(title), new Paragraph(text));
        box.addClassName("kind-message");
        return box;
    }
}
