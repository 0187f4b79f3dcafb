package com.stride.plan;

import com.stride.audit.AuditLog;
import com.stride.base.ConcurrentEditException;
import com.stride.base.RecordNotFoundException;
import com.stride.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * How plan changes reach the database for the plan service: the row is locked before its version
 * is compared, every change bumps the version, and races end as a clear conflict for the loser.
 */
@Component
class PlanStore {

    static final String PLAN = "plan";
    private static final Set<String> RACE_CONSTRAINTS = Set.of("plan_one_active_per_runner_uq",
            "plan_revision_number_uq");

    private final PlanRepository plans;
    private final EntityManager entityManager;
    private final AuditLog audit;

    PlanStore(PlanRepository plans, EntityManager entityManager, AuditLog audit) {
        this.plans = plans;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** The plan of the caller's clinic, locked, if it is still the version the caller loaded. */
    Plan editable(CurrentUser caller, long planId, long loadedVersion) {
        Plan plan = plans.findForUpdate(planId).orElseThrow(() -> new RecordNotFoundException(PLAN));
        if (!caller.belongsTo(plan.getClinicId())) {
            audit.denied(PLAN, planId, "another clinic's plan");
            throw new RecordNotFoundException(PLAN);
        }
        if (plan.getVersion() != loadedVersion) {
            throw new ConcurrentEditException("plan.record.plan");
        }
        return plan;
    }

    /** Every change bumps the plan's version, so a second editor working on an older copy is refused. */
    void bumpVersion(Plan plan) {
        entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush();
    }

    void flush() {
        try {
            entityManager.flush();
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException e) {
            throw new ConcurrentEditException("plan.record.plan");
        } catch (DataIntegrityViolationException e) {
            throw concurrentIfRace(e);
        } catch (ConstraintViolationException e) {
            throw concurrentIfRace(new DataIntegrityViolationException(e.getMessage(), e));
        }
    }

    /** Two assignments or two new revisions at the same moment: the indexes decide, the loser is told. */
    private static RuntimeException concurrentIfRace(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && RACE_CONSTRAINTS.contains(violation.getConstraintName().toLowerCase(Locale.ROOT))) {
                return new ConcurrentEditException("plan.record.plan");
            }
        }
        return e;
    }
}
