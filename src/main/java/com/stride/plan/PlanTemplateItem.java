package com.stride.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One exercise of a template, with its dosage. */
@Entity
@Table(name = "plan_template_item")
class PlanTemplateItem extends DosedItem {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private PlanTemplate template;

    protected PlanTemplateItem() {
    }

    PlanTemplateItem(PlanTemplate template, int position, Content content) {
        super(position, content);
        this.template = template;
    }
}
