package com.stride.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan as its current (or a chosen) revision shows it.
 *
 * @param version   the plan's version, to detect concurrent edits on save
 * @param revision  the revision number shown
 * @param latest    whether this is the newest revision
 */
public record PlanDetails(
        long id,
        long version,
        long runnerId,
        String runnerName,
        String clinicName,
        PlanStatus status,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        int revision,
        boolean latest,
        String title,
        @Nullable String goal,
        String revisedBy,
        Instant revisedAt,
        List<PlanItemView> items) {

    public PlanDraft toDraft() {
        return new PlanDraft(title, goal, startDate, endDate,
                items.stream().map(item -> new PlanItemDraft(item.exerciseId(), item.dosage(), item.circuit())).toList());
    }
}
