package com.stride.plan;

import com.stride.catalogue.StoredDosage;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One exercise of a template, with its dosage. */
@Entity
@Table(name = "plan_template_item")
class PlanTemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private PlanTemplate template;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "exercise_id", nullable = false)
    private Long exerciseId;

    @Embedded
    private StoredDosage dosage;

    protected PlanTemplateItem() {
    }

    PlanTemplateItem(PlanTemplate template, int position, PlanItem.Content content) {
        this.template = template;
        this.position = position;
        this.exerciseId = content.exerciseId();
        this.dosage = StoredDosage.from(content.dosage());
    }

    PlanItem.Content content() {
        return new PlanItem.Content(exerciseId, dosage.toDosage());
    }
}
