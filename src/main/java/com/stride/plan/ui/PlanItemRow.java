package com.stride.plan.ui;

import com.stride.i18n.Text;
import com.stride.base.validation.Problems;
import com.stride.catalogue.Dosage;
import com.stride.plan.PlanItemDraft;
import org.jspecify.annotations.Nullable;

/** One exercise in the plan items editor, as it is being edited. */
final class PlanItemRow {

    private final long exerciseId;
    private final String name;
    private final @Nullable String thumbnail;
    private Dosage dosage;
    private @Nullable Integer circuit;
    private @Nullable String problem;
    /** Input in this row's dosage fields that could not be read, kept when another row is selected. */
    private Problems unreadable = Problems.none();

    PlanItemRow(long exerciseId, String name, @Nullable String thumbnail, Dosage dosage, @Nullable Integer circuit) {
        this.exerciseId = exerciseId;
        this.name = name;
        this.thumbnail = thumbnail;
        this.dosage = dosage;
        this.circuit = circuit;
    }

    @Nullable Integer circuit() {
        return circuit;
    }

    void setCircuit(@Nullable Integer value) {
        circuit = value;
    }

    /** "Circuit 1 · 30-60 s, each side": in a circuit the sets are its rounds, said once for the circuit. */
    String doseText() {
        return circuit == null ? dosage.summary() : Text.get("plan.items.circuitDose", "number", circuit,
                "rounds", dosage.rounds(), "dose", dosage.summaryInCircuit());
    }

    @Nullable String thumbnail() {
        return thumbnail;
    }

    String name() {
        return name;
    }

    Dosage dosage() {
        return dosage;
    }

    @Nullable String problem() {
        return problem;
    }

    Problems unreadable() {
        return unreadable;
    }

    void edited(Dosage newDosage, Problems newUnreadable) {
        dosage = newDosage;
        unreadable = newUnreadable;
    }

    void setProblem(@Nullable String message) {
        problem = message;
    }

    PlanItemDraft draft() {
        return new PlanItemDraft(exerciseId, dosage, circuit);
    }
}
