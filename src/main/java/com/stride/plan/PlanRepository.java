package com.stride.plan;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    /** The plan, locked until the transaction ends, so version checks and changes cannot interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> findForUpdate(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.runnerId = :runnerId and p.status = com.stride.plan.PlanStatus.ACTIVE")
    Optional<Plan> findActiveOf(long runnerId);
}
