package com.stride.plan;

import com.stride.catalogue.Dosage;
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

/** One exercise of a plan revision, with its dosage. */
@Entity
@Table(name = "plan_item")
class PlanItem {

    /** What an item holds, independent of where it is stored. */
    record Content(long exerciseId, Dosage dosage) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    private PlanRevision revision;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "exercise_id", nullable = false)
    private Long exerciseId;

    @Embedded
    private StoredDosage dosage;

    protected PlanItem() {
    }

    PlanItem(PlanRevision revision, int position, Content content) {
        this.revision = revision;
        this.position = position;
        this.exerciseId = content.exerciseId();
        this.dosage = StoredDosage.from(content.dosage());
    }

    Content content() {
        return new Content(exerciseId, dosage.toDosage());
    }
}
