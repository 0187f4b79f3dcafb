package com.stride.plan;

import com.stride.catalogue.StockText;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.validation.Messages;
import com.stride.base.validation.PlainTextValidator;
import com.stride.base.validation.Problems;
import com.stride.security.CurrentUser;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Templates for the plan service: which ones a clinic may use, and saving a plan as one. */
@Component
class TemplateStore {

    private static final String TEMPLATE = "Template"; // literal: the not-found exception's subject

    private final PlanTemplateRepository templates;

    TemplateStore(PlanTemplateRepository templates) {
        this.templates = templates;
    }

    /** A stock template or one of the caller's clinic, with its items; anything else is "not found". */
    PlanTemplate visible(CurrentUser caller, long templateId) {
        PlanTemplate template = templates.findWithItems(templateId)
                .orElseThrow(() -> new RecordNotFoundException(TEMPLATE));
        if (!template.isStock() && !caller.belongsTo(template.getClinicId())) {
            throw new RecordNotFoundException(TEMPLATE);
        }
        return template;
    }

    /** The plan's exercises and dosages as a new template of the caller's clinic, under a unique name. */
    PlanTemplate saveFrom(CurrentUser caller, PlanDetails plan, @Nullable String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw Problems.refuse("name", Text.get("plan.template.nameRequired"));
        }
        if (trimmed.codePointCount(0, trimmed.length()) > PlanLimits.TITLE_MAX_LENGTH) {
            throw Problems.refuse("name", Messages.tooLong(PlanLimits.TITLE_MAX_LENGTH));
        }
        PlainTextValidator.problem(trimmed).ifPresent(problem -> {
            throw Problems.refuse("name", problem);
        });
        if (templates.nameTaken(caller.clinicId(), trimmed)) {
            throw Problems.refuse("name", Text.get("plan.template.nameTaken"));
        }
        if (plan.items().isEmpty()) {
            throw Problems.refuse("items", Text.get("plan.template.itemsRequired"));
        }
        // the plan as read is in the caller's language; what it took from the stock catalogue is kept
        // in the catalogue's wording, so that each reader of the template sees it in their own
        List<DosedItem.Content> contents = plan.items().stream()
                .map(item -> new DosedItem.Content(item.exerciseId(), StockText.asStored(item.dosage()), item.circuit()))
                .toList();
        try {
            return templates.saveAndFlush(new PlanTemplate(caller.clinicId(), trimmed, StockText.asStored(plan.goal()),
                    contents));
        } catch (DataIntegrityViolationException e) {
            // two saves of the same new name at once: the unique index decides
            throw Problems.refuse("name", Text.get("plan.template.nameTaken"));
        }
    }
}
