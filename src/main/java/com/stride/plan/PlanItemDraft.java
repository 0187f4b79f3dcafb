package com.stride.plan;

import com.stride.catalogue.Dosage;
import org.jspecify.annotations.Nullable;

/** One exercise of a plan being edited: which catalogue exercise, and how much of it. */
public record PlanItemDraft(long exerciseId, Dosage dosage, @Nullable Integer circuit) {

    /** An item on its own, in no circuit. */
    public PlanItemDraft(long exerciseId, Dosage dosage) {
        this(exerciseId, dosage, null);
    }
}
