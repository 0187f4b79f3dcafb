package com.stride.log.ui;

import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A countdown for a hold or a timed move. The seconds are counted in the browser (the server only
 * starts and stops it), so it stays smooth on a slow connection; for per-side work it counts each
 * side in turn and says which one is current. At the end it shows "Done", beeps and vibrates.
 */
class CountdownTimer extends Div {

    /** Runs in the browser on this component's element; $0 = seconds, $1 = per side, $2 = the end text. */
    private static final String START = """
            const root = this;
            const count = root.querySelector('.timer-count');
            const side = root.querySelector('.timer-side');
            clearInterval(root._timer);
            const sides = $1 ? ['Left side', 'Right side'] : [''];
            let index = 0;
            let end = Date.now() + $0 * 1000;
            const cue = (times) => {
              try {
                const audio = root._audio;
                for (let i = 0; i < times; i++) {
                  const tone = audio.createOscillator();
                  const gain = audio.createGain();
                  tone.frequency.value = 880;
                  tone.connect(gain);
                  gain.connect(audio.destination);
                  const at = audio.currentTime + i * 0.3;
                  gain.gain.setValueAtTime(0.25, at);
                  tone.start(at);
                  tone.stop(at + 0.2);
                }
              } catch (e) { /* no sound available: the screen still shows the cue */ }
              if (navigator.vibrate) { navigator.vibrate(times > 1 ? [200, 100, 200] : 200); }
            };
            root.classList.remove('finished');
            root.classList.add('running');
            const tick = () => {
              const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
              count.textContent = left + ' s';
              side.textContent = sides[index];
              if (left > 0) { return; }
              if (index < sides.length - 1) {
                index++;
                end = Date.now() + $0 * 1000;
                side.textContent = sides[index];
                cue(1);
                return;
              }
              clearInterval(root._timer);
              root.classList.remove('running');
              root.classList.add('finished');
              count.textContent = 'Time!';
              side.textContent = $1 ? 'Both sides done' : $2;
              cue(2);
            };
            tick();
            root._timer = setInterval(tick, 200);
            """;

    private static final String STOP = """
            clearInterval(this._timer);
            this.classList.remove('running', 'finished');
            this.querySelector('.timer-count').textContent = $0;
            this.querySelector('.timer-side').textContent = '';
            """;

    private final int seconds;
    private final boolean perSide;
    private final String endText;

    /**
     * Browsers only let sound start from a tap, so the audio is unlocked in the Start button's own
     * click, in the browser, before the server's round trip.
     */
    private static final String UNLOCK_AUDIO = """
            const root = $0;
            this.addEventListener('click', () => {
              try {
                root._audio = root._audio || new (window.AudioContext || window.webkitAudioContext)();
                root._audio.resume();
              } catch (e) { /* no sound available */ }
            });
            """;

    private CountdownTimer(int seconds, boolean perSide, String what, String exerciseName) {
        this.seconds = seconds;
        this.perSide = perSide;
        this.endText = what.equals("hold") ? "Hold done" : "Time is up";
        addClassName("countdown");
        // Only the browser changes the display (START, STOP), so it is markup, not server-side
        // components; the side changes and the end are announced, not every second.
        Div display = new Div();
        display.addClassName("timer-display");
        display.getElement().setProperty("innerHTML", "<span class=\"timer-count\">" + seconds
                + " s</span><span class=\"timer-side\" aria-live=\"polite\"></span>");
        Button start = new Button("Start " + seconds + " s " + what + (perSide ? ", each side" : ""),
                VaadinIcon.PLAY.create(), e -> start());
        start.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        start.addClassName("timer-start");
        start.getElement().executeJs(UNLOCK_AUDIO, getElement());
        Button stop = new Button("Reset", VaadinIcon.STOP.create(), e -> reset());
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stop.addClassName("timer-stop");
        stop.getElement().setAttribute("aria-label", "Reset the timer of " + exerciseName);
        add(display, new Div(start, stop));
    }

    /** A timer for the dosage's hold, or else its duration; null when it has neither. */
    static CountdownTimer forDosage(Dosage dosage, String exerciseName) {
        if (dosage.holdSeconds() != null) {
            return new CountdownTimer(upper(dosage.holdSeconds()), dosage.perSide(), "hold", exerciseName);
        }
        if (dosage.durationSeconds() != null) {
            return new CountdownTimer(upper(dosage.durationSeconds()), dosage.perSide(), "timer", exerciseName);
        }
        return null;
    }

    /** A range like 20-30 s is timed to its top: the bottom is the least to aim for. */
    private static int upper(Range range) {
        return range.max() == null ? range.min() : range.max();
    }

    private void start() {
        getElement().executeJs(START, seconds, perSide, endText);
    }

    private void reset() {
        getElement().executeJs(STOP, seconds + " s");
    }
}
