package com.stride.plan;

import com.stride.i18n.Text;
import com.stride.base.validation.Problems;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.DosageRules;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The rules of a plan's content, checked as a whole so that a PT sees every problem at once. */
@Component
class PlanDraftCheck {

    private final Validator validator;
    private final CatalogueService catalogue;

    PlanDraftCheck(Validator validator, CatalogueService catalogue) {
        this.validator = validator;
        this.catalogue = catalogue;
    }

    /**
     * The draft's items, or every problem keyed by field ("title", "items[2].reps", ...).
     * Exercises must be ones the caller's clinic may use (the catalogue decides); archived ones may
     * stay in a plan that already used them but cannot be added.
     *
     * @param alreadyUsed exercises the plan (or the plan or template being copied) already holds
     */
    List<DosedItem.Content> contents(PlanDraft draft, Set<Long> alreadyUsed) {
        Problems problems = Problems.of(validator, draft);
        if (draft.startDate() != null && draft.endDate() != null && draft.endDate().isBefore(draft.startDate())) {
            problems.add("endDate", Text.get("plan.draft.endBeforeStart"));
        }
        Map<Long, Boolean> archived = catalogue.usableExercises(
                draft.items().stream().map(PlanItemDraft::exerciseId).collect(Collectors.toSet()));
        for (int i = 0; i < draft.items().size(); i++) {
            PlanItemDraft item = draft.items().get(i);
            String prefix = "items[" + i + "]";
            Boolean isArchived = archived.get(item.exerciseId());
            if (isArchived == null) {
                problems.add(prefix, Text.get("plan.draft.notInCatalogue"));
            } else if (isArchived && !alreadyUsed.contains(item.exerciseId())) {
                problems.add(prefix, Text.get("plan.draft.archived"));
            }
            problems.addAll(prefix, DosageRules.check(item.dosage()));
        }
        problems.addAll(Circuits.check(draft.items()));
        problems.throwIfAny();
        return draft.items().stream().map(item -> new DosedItem.Content(item.exerciseId(), item.dosage(),
                item.circuit())).toList();
    }
}
