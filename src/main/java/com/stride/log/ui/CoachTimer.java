package com.stride.log.ui;

import org.springframework.web.util.HtmlUtils;
import com.stride.i18n.Text;
import com.stride.log.CoachProgram;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.IntConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coach timer of one exercise: one Start runs the whole dose (every set, rep, side, phase and
 * rest, from {@link CoachProgram}), large on the screen, with a tone, a vibration and optionally a
 * spoken cue at each change, the screen kept on. The clock runs in the browser (scripts/coach-timer.js,
 * see docs/decisions/2026-12-02-coach-timer.md), so it stays smooth on a slow connection and a test
 * can drive it with the browser's clock; the server hears when the dose is done or stopped.
 */
class CoachTimer extends Div {

    static final String SCRIPT = "context://scripts/coach-timer.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Browsers let sound start only from a tap: the audio is unlocked in the Start tap itself. */
    private static final String UNLOCK_AUDIO = """
            const root = $0;
            this.addEventListener('click', () => {
              try {
                root._coachAudio = root._coachAudio || new (window.AudioContext || window.webkitAudioContext)();
                root._coachAudio.resume();
              } catch (e) { /* no sound here: the screen and the vibration still cue */ }
            });
            """;

    private final List<CoachProgram.Step> program;
    private final Button start;
    private final Runnable finished;
    private final IntConsumer stopped;
    private boolean built;

    /**
     * @param finished called when the whole dose ran
     * @param stopped  called with the sets completed when the runner stopped it early
     */
    private CoachTimer(List<CoachProgram.Step> program, String exerciseName, Runnable finished,
                       IntConsumer stopped) {
        this.program = program;
        this.finished = finished;
        this.stopped = stopped;
        addClassName("coach");
        int minutes = Math.max(1, Math.round(CoachProgram.estimatedSeconds(program) / 60f));
        start = new Button(Text.get("log.coach.start", "minutes", minutes), VaadinIcon.PLAY.create(),
                e -> startFirstTime());
        start.addClassName("coach-start");
        start.getElement().setAttribute("aria-label", Text.get("log.coach.start.aria", "minutes", minutes,
                "name", exerciseName));
        start.getElement().executeJs(UNLOCK_AUDIO, getElement());
        add(start);
    }

    /** A coach for the exercise's dose; null when the dose has nothing to time or count. */
    static CoachTimer forDose(List<CoachProgram.Step> program, String exerciseName, Runnable finished,
                              IntConsumer stopped) {
        return program.isEmpty() ? null : new CoachTimer(program, exerciseName, finished, stopped);
    }

    /**
     * The screen and the controls are built at the first Start, as most cards are never timed and
     * each component is state the server keeps for the whole of Today (issue 14). Later Starts are
     * the browser's own.
     */
    private void startFirstTime() {
        if (built) {
            return;
        }
        built = true;
        // Only the browser changes the display, so it is markup, not server-side components. The
        // live region hears each step once, not the seconds.
        Div screen = new Div();
        screen.addClassName("coach-screen");
        screen.getElement().setProperty("innerHTML", """
                <span class="coach-headline"></span>
                <span class="coach-count"></span>
                <span class="coach-detail"></span>
                <progress class="coach-progress" value="0" max="%d" aria-label="%s">\
                </progress>
                <span class="coach-next"></span>
                <span class="coach-announce" aria-live="polite"></span>""".formatted(program.size(),
                HtmlUtils.htmlEscape(Text.get("log.coach.progress"))));
        Button pause = control(Text.get("log.coach.pause"), VaadinIcon.PAUSE, "coach-pause");
        Button resume = control(Text.get("log.coach.resume"), VaadinIcon.PLAY, "coach-resume");
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button skip = control(Text.get("log.coach.skip"), VaadinIcon.FAST_FORWARD, "coach-skip");
        Button next = control(Text.get("log.coach.next"), VaadinIcon.CHECK, "coach-done-step");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button stop = control(Text.get("log.coach.stop"), VaadinIcon.STOP, "coach-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div controls = new Div(start, resume, next, pause, skip, stop);
        controls.addClassName("coach-controls");
        Checkbox speak = new Checkbox(Text.get("log.coach.speak"));
        speak.addClassName("coach-speak");
        add(screen, controls, speak);

        getElement().addEventListener("coach-finished", e -> finished.run());
        getElement().addEventListener("coach-stopped", e -> stopped.accept(
                (int) e.getEventData().get("event.detail.sets").asDouble())).addEventData("event.detail.sets");
        getUI().ifPresent(ui -> ui.getPage().addJavaScript(SCRIPT));
        getElement().executeJs("window.strideCoach.attach(this, JSON.parse($0), JSON.parse($1)); this._coach.start();",
                JSON.writeValueAsString(program), JSON.writeValueAsString(words()));
    }

    /** The clock's own words, in the runner's language; {step} and {seconds} are filled in the browser. */
    private static java.util.Map<String, String> words() {
        return java.util.Map.of(
                "lang", Text.language().code(),
                "next", Text.get("log.coach.clock.next", "step", "{step}"),
                "lastStep", Text.get("log.coach.clock.lastStep"),
                "second", Text.get("log.coach.clock.seconds", "count", 1).replace("1", "{seconds}"),
                "seconds", Text.get("log.coach.clock.seconds", "count", 2).replace("2", "{seconds}"),
                "wellDone", Text.get("log.coach.clock.wellDone"),
                "allDone", Text.get("log.coach.clock.allDone"),
                "paused", Text.get("log.coach.clock.paused"),
                "resumed", Text.get("log.coach.clock.resumed"),
                "stopped", Text.get("log.coach.clock.stopped"));
    }

    private static Button control(String text, VaadinIcon icon, String className) {
        Button button = new Button(text, icon.create());
        button.addClassName(className);
        // the browser shows each when it applies; not setVisible(false), whose hidden state Flow keeps
        return button;
    }
}
