package com.stride.log.ui;

import com.stride.base.text.Formats;
import com.stride.log.DaySession;
import com.stride.log.RunnerDay;
import com.stride.log.RunnerLogService;
import com.stride.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The runner's home, designed for a phone after a run: what is due today from the active plan,
 * session by session, with the way to tick exercises off and say how it went. {@code ?day=yesterday}
 * shows yesterday's, which can still be corrected.
 */
@Route("today")
@PageTitle("Today · Stride")
@Menu(order = 10, icon = "vaadin:calendar-o", title = "Today")
@RolesAllowed(Role.Names.RUNNER)
class TodayView extends Main implements BeforeEnterObserver {

    static final String YESTERDAY = "yesterday";

    private final RunnerLogService logs;

    TodayView(RunnerLogService logs) {
        this.logs = logs;
        addClassNames("today-view", "page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean yesterday = event.getLocation().getQueryParameters().getSingleParameter("day")
                .filter(YESTERDAY::equals).isPresent();
        LocalDate today = logs.today();
        show(logs.day(yesterday ? today.minusDays(1) : today), today, yesterday);
    }

    private void show(RunnerDay day, LocalDate today, boolean yesterday) {
        removeAll();
        Div header = new Div(new H2(yesterday ? "Yesterday" : "Today"), date(day.date()));
        header.addClassName("page-header");
        add(header);
        if (!yesterday && day.morningQuestion() != null) {
            add(new MorningQuestionCard(logs, day.morningQuestion(), today));
        }
        if (day.plan() == null) {
            add(message("No plan yet", "Your physical therapist has not assigned you a plan yet. "
                    + "When they do, your exercises will be here."));
            return;
        }
        Paragraph plan = new Paragraph(day.plan().title() + " · from " + day.plan().therapistName());
        plan.addClassName("plan-line");
        add(plan);
        List<DaySession> sessions = day.sessions();
        if (sessions.isEmpty()) {
            add(nothingDue(day, today, yesterday));
        } else if (sessions.size() == 1) {
            add(new SessionPanel(logs, day.date(), sessions.getFirst()));
        } else {
            add(new Paragraph("Your plan has " + sessions.size() + " sessions today: do them at different times "
                    + "of the day."), new SessionSwitcher(logs, day.date(), sessions));
        }
        Anchor other = yesterday ? new Anchor("today", "Back to today")
                : new Anchor("today?day=" + YESTERDAY, "Forgot something? Correct yesterday's entries");
        other.addClassName("other-day");
        add(other);
    }

    private static Span date(LocalDate day) {
        Span date = new Span(Formats.longDate(day));
        date.addClassName("day-date");
        return date;
    }

    private static Div nothingDue(RunnerDay day, LocalDate today, boolean yesterday) {
        String next = day.nextDueDay() == null ? "Nothing is scheduled for the next two weeks."
                : "Your next exercises are due " + Formats.relativeDay(day.nextDueDay(), today) + ".";
        return message(yesterday ? "Nothing was due yesterday" : "Nothing due today: enjoy your rest day", next);
    }

    private static Div message(String title, String text) {
        Div box = new Div(new Span(title), new Paragraph(text));
        box.addClassName("kind-message");
        return box;
    }
}
