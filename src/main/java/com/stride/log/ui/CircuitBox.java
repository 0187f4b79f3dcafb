package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.log.CoachProgram;
import com.stride.log.DayExercise;
import com.stride.log.Entry;
import com.stride.log.EntryStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The moves of a circuit on the runner's Today: said as rounds ("1-2 rounds of these 7 moves"), one
 * coach that runs them move by move, round after round, and each move's own card to tick off. When
 * the coach finishes, every move is done; stopped after some rounds, each move records them.
 */
class CircuitBox extends Div {

    private final List<ExerciseCard> cards;
    private final ExerciseCard.Actions actions;

    CircuitBox(List<DayExercise> moves, ExerciseCard.Actions actions) {
        this.actions = actions;
        this.cards = moves.stream().map(move -> new ExerciseCard(move, actions)).toList();
        addClassName("circuit-box");
        DayExercise first = moves.getFirst();
        String rounds = first.dosage().rounds();
        H3 title = new H3(Text.get("log.circuit.title", "rounds", rounds));
        title.addClassName("circuit-title");
        boolean moreRounds = first.dosage().sets() != null && first.dosage().sets().upper() > 1;
        String how = Text.get(moreRounds ? "log.circuit.how.rounds" : "log.circuit.how.once", "count", moves.size());
        if (first.dosage().sets() != null && first.dosage().sets().isRange()) {
            // a second sentence of its own
            how += " " + Text.get("log.circuit.how.coachRuns",
                    "rounds", Dosage.builder().sets(Range.of(first.dosage().sets().min())).build().rounds(),
                    "max", first.dosage().sets().max());
        }
        Paragraph howText = new Paragraph(how);
        howText.addClassName("circuit-how");
        add(title, howText);
        List<CoachProgram.Move> program = moves.stream()
                .map(move -> new CoachProgram.Move(move.name(), move.dosage())).toList();
        Integer target = first.setsTarget();
        CoachTimer coach = CoachTimer.forDose(CoachProgram.circuit(program, first.dosage().sets()),
                Text.get("log.circuit.name"), () -> record(null), roundsDone -> {
                    if (roundsDone > 0) {
                        record(target != null && roundsDone < target ? roundsDone : null);
                    }
                });
        if (coach != null) {
            add(coach);
        }
        Div cards = new Div();
        cards.addClassName("circuit-moves");
        this.cards.forEach(cards::add);
        add(cards);
    }

    /** Each move not yet logged: done, or partly done with the rounds completed. */
    private void record(@Nullable Integer rounds) {
        Entry entry = rounds == null ? new Entry(EntryStatus.DONE, null, null)
                : new Entry(EntryStatus.PARTIAL, rounds, null);
        for (ExerciseCard card : cards) {
            card.recordIfOpen(entry);
        }
    }
}
