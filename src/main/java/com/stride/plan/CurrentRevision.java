package com.stride.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of the {@code plan_current_revision} view (V8), the one definition of a plan's current
 * revision, so that JPA queries use it too.
 */
@Entity
@Immutable
@Table(name = "plan_current_revision")
class CurrentRevision {

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "revision_id", nullable = false)
    private Long revisionId;

    protected CurrentRevision() {
    }
}
