package com.stride.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p where p.runnerId = :runnerId and p.status = com.stride.plan.PlanStatus.ACTIVE")
    Optional<Plan> findActiveOf(long runnerId);
}
