package com.stride.plan;

import com.stride.base.validation.Messages;
import com.stride.base.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a PT edits: the content of a plan and its dates. The service validates it (and each item's
 * dosage) before anything is written; the database repeats the rules.
 */
public record PlanDraft(
        @NotBlank(message = "{plan.draft.titleRequired}")
        @Size(max = PlanLimits.TITLE_MAX_LENGTH, message = Messages.TOO_LONG)
        @PlainText
        @Nullable String title,

        @Size(max = PlanLimits.GOAL_MAX_LENGTH, message = Messages.TOO_LONG)
        @PlainText
        @Nullable String goal,

        @NotNull(message = "{plan.draft.startRequired}")
        @Nullable LocalDate startDate,

        @Nullable LocalDate endDate,

        @Size(max = PlanLimits.MAX_ITEMS, message = PlanLimits.TOO_MANY_ITEMS)
        List<PlanItemDraft> items) {

    public PlanDraft {
        title = title == null ? null : title.strip();
        goal = goal == null || goal.isBlank() ? null : goal.strip();
        items = items == null ? List.of() : List.copyOf(items);
    }

    public PlanDraft withItems(List<PlanItemDraft> newItems) {
        return new PlanDraft(title, goal, startDate, endDate, newItems);
    }
}
