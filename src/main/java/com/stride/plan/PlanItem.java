package com.stride.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One exercise of a plan revision, with its dosage. */
@Entity
@Table(name = "plan_item")
class PlanItem extends DosedItem {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    private PlanRevision revision;

    protected PlanItem() {
    }

    PlanItem(PlanRevision revision, int position, Content content) {
        super(position, content);
        this.revision = revision;
    }
}
