package com.stride.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

    /** The current revision (the {@code plan_current_revision} view) with its items, in one statement. */
    @Query("""
            select distinct r from PlanRevision r left join fetch r.items
            where r.id = (select c.revisionId from CurrentRevision c where c.planId = :planId)""")
    Optional<PlanRevision> findCurrent(long planId);
}
