package com.stride.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

    /** The newest revision with its items, in one statement. */
    @Query("""
            select distinct r from PlanRevision r left join fetch r.items
            where r.plan.id = :planId
              and r.number = (select max(r2.number) from PlanRevision r2 where r2.plan.id = :planId)""")
    Optional<PlanRevision> findCurrent(long planId);
}
