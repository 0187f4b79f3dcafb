package com.stride.load;

import com.stride.load.UiClient.LoadFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * What each kind of user does, step by step, as a person would: find the button by its text,
 * click it, and check that the screen shows what it should. Each step is one timed interaction.
 */
final class Journeys {

    static final String RUNNER_SIGN_IN = "runner: sign in";
    static final String TODAY = "runner: open Today";
    static final String TICK = "runner: tick done";
    static final String UNDO = "runner: undo";
    static final String SAVE_SESSION = "runner: save pain and note";
    static final String HISTORY = "runner: History";
    static final String BACK_TO_TODAY = "runner: back to Today";
    static final String PT_SIGN_IN = "PT: sign in";
    static final String RUNNERS = "PT: runners list";
    static final String RUNNERS_SCROLLED = "PT: runners list, scrolled";
    static final String RUNNER_PAGE = "PT: runner page";
    static final String OPEN_PLAN = "PT: open plan";
    static final String SAVE_PLAN = "PT: save plan";
    /** What Today's notices end with when the plan changed under it (SessionPanel). */
    static final String PLAN_CHANGED = "Reload the page to see the plan as it is now.";
    static final String ADMIN_SIGN_IN = "admin: sign in";
    static final String ACCOUNTS = "admin: accounts";
    static final String AUDIT = "admin: audit log";

    /** One simulated person, running their journey in a loop until the deadline. */
    abstract static class User {
        final UiClient ui;
        final Recorder recorder;
        final String username;
        final boolean undoTicks;

        User(UiClient ui, Recorder recorder, String username, boolean undoTicks) {
            this.ui = ui;
            this.recorder = recorder;
            this.username = username;
            this.undoTicks = undoTicks;
        }

        abstract String signInStep();

        abstract String home();

        abstract List<Runnable> cycle();

        void run(Instant deadline, long thinkMinMillis, long thinkMaxMillis) {
            boolean signedIn = false;
            while (Instant.now().isBefore(deadline) && !Thread.currentThread().isInterrupted()) {
                if (!signedIn) {
                    signedIn = recorder.time(signInStep(), () -> {
                        ui.signIn(username, LoadData.PASSWORD);
                        ui.open(home());
                    });
                    think(thinkMinMillis, thinkMaxMillis);
                    continue;
                }
                for (Runnable step : cycle()) {
                    if (!Instant.now().isBefore(deadline)) {
                        return;
                    }
                    try {
                        step.run();
                    } catch (StepFailed e) {
                        // as a person would: reload the home page, or sign in again when that fails too
                        think(thinkMinMillis, thinkMaxMillis);
                        signedIn = recorder.time("reload after a failure", () -> ui.open(home()));
                        break;
                    }
                    think(thinkMinMillis, thinkMaxMillis);
                }
            }
        }

        void step(String name, Recorder.Step step) {
            if (!recorder.time(name, step)) {
                throw new StepFailed();
            }
        }

        private static void think(long min, long max) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(min, max + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static final class StepFailed extends RuntimeException {
        StepFailed() {
            super(null, null, false, false);
        }
    }

    /** Signs in, opens Today, ticks an exercise done and takes it back, saves pain and a note, looks at History. */
    static final class Runner extends User {

        /** Ticks the server confirmed (the screen showed "Undo" after it), for runs that keep them. */
        int acknowledgedTicks;

        Runner(UiClient ui, Recorder recorder, String username, boolean undoTicks) {
            super(ui, recorder, username, undoTicks);
        }

        @Override
        String signInStep() {
            return RUNNER_SIGN_IN;
        }

        @Override
        String home() {
            return "today";
        }

        @Override
        List<Runnable> cycle() {
            return List.of(
                    () -> step(TODAY, () -> {
                        ui.open("today");
                        ui.expectText("Today");
                    }),
                    () -> {
                        var done = ui.optionalButton("Done");
                        if (done.isEmpty() && !undoTicks) {
                            return; // a run that keeps its ticks: everything of today is ticked off
                        }
                        step(TICK, () -> {
                            var button = done.isPresent() ? done : ui.optionalButton("Done");
                            ui.click(button.orElseThrow(() -> new LoadFailure("nothing to tick off")));
                            if (ui.optionalButton("Undo").isEmpty() && ui.notices().contains(PLAN_CHANGED)) {
                                // a PT saved this runner's plan while Today was open: the app refuses the
                                // tick and says to reload, which is its right answer; the runner reloads
                                recorder.planChangedUnderOpenPage();
                                ui.open("today");
                                return;
                            }
                            ui.button("Undo");
                            recorder.tickAcknowledged();
                            acknowledgedTicks++;
                        });
                    },
                    () -> {
                        if (undoTicks) {
                            step(UNDO, () -> {
                                ui.click(ui.button("Undo"));
                                ui.button("Done");
                            });
                        }
                    },
                    () -> step(SAVE_SESSION, () -> {
                        UiTree.Node pain = ui.one("vaadin-radio-group", "Pain during or after these exercises");
                        String score = String.valueOf(ThreadLocalRandom.current().nextInt(0, 6));
                        // the option that reads as the score: a radio button labelled by it (its value is the
                        // score), or, before issue 14's pain scale, one with a label child (its value a key)
                        UiTree.Node option = ui.tree().children(pain).stream()
                                .filter(child -> score.equals(child.property("label")) || score.equals(ui.tree().text(child)))
                                .findFirst().orElseThrow(() -> new LoadFailure("no pain option " + score));
                        ui.setValue(pain, String.valueOf(option.property("value")));
                        ui.setValue(ui.one("vaadin-text-area", "Note for your physical therapist (optional)"),
                                "Felt fine today, Knie ok, gracias");
                        ui.click(ui.button("Save how it went"));
                        ui.expectText("Saved.");
                    }),
                    () -> step(HISTORY, () -> {
                        ui.navigate("history");
                        ui.expectText("Week by week");
                    }),
                    () -> step(BACK_TO_TODAY, () -> {
                        ui.navigate("today");
                        ui.expectText("How did");
                    }));
        }
    }

    /** Opens the runners list, scrolls it, opens a runner's page and their plan, and saves a change to it. */
    static final class Therapist extends User {

        private final List<Long> runnerIds = new ArrayList<>();
        private int listSize;

        Therapist(UiClient ui, Recorder recorder, String username) {
            super(ui, recorder, username, true);
        }

        @Override
        String signInStep() {
            return PT_SIGN_IN;
        }

        @Override
        String home() {
            return "runners";
        }

        @Override
        List<Runnable> cycle() {
            return List.of(
                    () -> step(RUNNERS, () -> {
                        ui.open("runners");
                        readRows();
                    }),
                    () -> step(RUNNERS_SCROLLED, () -> {
                        int offset = listSize <= 50 ? 0 : ThreadLocalRandom.current().nextInt(0, listSize - 50);
                        ui.call(ui.first("vaadin-grid"), "setViewportRange", offset, 50);
                        readRows();
                    }),
                    () -> step(RUNNER_PAGE, () -> {
                        if (runnerIds.isEmpty()) {
                            throw new LoadFailure("no runner in the list");
                        }
                        ui.navigate("runners/" + runnerIds.get(ThreadLocalRandom.current().nextInt(runnerIds.size())));
                        ui.expectText("Adherence");
                    }),
                    () -> step(OPEN_PLAN, () -> {
                        UiTree.Node plans = ui.tree().find(node -> node.tag().equals("vaadin-grid")
                                && node.listener("item-click") != null).stream().findFirst()
                                .orElseThrow(() -> new LoadFailure("no list of plans"));
                        ui.clickRow(plans, "1");
                        ui.one("vaadin-text-area", "Goal or notes for the runner");
                    }),
                    () -> step(SAVE_PLAN, () -> {
                        ui.setValue(ui.one("vaadin-text-area", "Goal or notes for the runner"),
                                "Keep the hips level · " + System.nanoTime());
                        ui.click(ui.button("Save changes"));
                        ui.expectText("Saved as version");
                    }));
        }

        private void readRows() {
            for (JsonNode execution : ui.executed()) {
                String script = execution.get(execution.size() - 1).asString();
                if (script.contains("$connector.updateSize(")) {
                    listSize = execution.get(1).asInt();
                }
                if (script.contains("$connector.set(")) {
                    runnerIds.clear();
                    for (JsonNode row : execution.get(2)) {
                        for (var field : row.properties()) {
                            if (field.getKey().endsWith("_id")) {
                                runnerIds.add(field.getValue().asLong());
                            }
                        }
                    }
                }
            }
        }
    }

    /** Opens the accounts list and the audit log. */
    static final class Admin extends User {

        Admin(UiClient ui, Recorder recorder, String username) {
            super(ui, recorder, username, true);
        }

        @Override
        String signInStep() {
            return ADMIN_SIGN_IN;
        }

        @Override
        String home() {
            return "accounts";
        }

        @Override
        List<Runnable> cycle() {
            return List.of(
                    () -> step(ACCOUNTS, () -> {
                        ui.navigate("accounts");
                        ui.first("vaadin-grid");
                    }),
                    () -> step(AUDIT, () -> {
                        ui.navigate("audit");
                        ui.first("vaadin-grid");
                    }));
        }
    }

    private Journeys() {
    }
}
