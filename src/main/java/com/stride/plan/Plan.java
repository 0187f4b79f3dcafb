package com.stride.plan;

import com.stride.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A runner's plan: who it is for, its life cycle and dates. Its content (title, goal, items) lives
 * in {@link PlanRevision}s.
 */
@Entity
@Table(name = "plan")
class Plan extends AbstractEntity {

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private Long clinicId;

    @Column(name = "runner_id", nullable = false, updatable = false)
    private Long runnerId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "activated_at")
    private @Nullable Instant activatedAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    protected Plan() {
    }

    Plan(long clinicId, long runnerId, long authorId, LocalDate startDate, LocalDate endDate) {
        this.clinicId = clinicId;
        this.runnerId = runnerId;
        this.authorId = authorId;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    void schedule(LocalDate start, LocalDate end) {
        startDate = start;
        endDate = end;
    }

    void activate(Instant at) {
        status = PlanStatus.ACTIVE;
        activatedAt = at;
    }

    void end(Instant at) {
        status = PlanStatus.ENDED;
        endedAt = at;
    }

    Long getClinicId() {
        return clinicId;
    }

    Long getRunnerId() {
        return runnerId;
    }

    PlanStatus getStatus() {
        return status;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    @Nullable LocalDate getEndDate() {
        return endDate;
    }
}
