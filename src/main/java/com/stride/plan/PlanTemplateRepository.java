package com.stride.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTemplateRepository extends JpaRepository<PlanTemplate, Long> {

    @Query("select distinct t from PlanTemplate t left join fetch t.items where t.id = :id")
    Optional<PlanTemplate> findWithItems(long id);

    @Query("""
            select count(t) > 0 from PlanTemplate t
            where t.clinicId = :clinicId and lower(t.name) = lower(:name)""")
    boolean nameTaken(long clinicId, String name);
}
