package com.stride.plan;

import com.stride.catalogue.Dosage;

/** One exercise of a plan being edited: which catalogue exercise, and how much of it. */
public record PlanItemDraft(long exerciseId, Dosage dosage) {
}
