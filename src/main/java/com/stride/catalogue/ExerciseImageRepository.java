package com.stride.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExerciseImageRepository extends JpaRepository<ExerciseImage, Long> {

    /** Images of the given exercises that are stock or belong to the clinic. */
    @Query("""
            select i from ExerciseImage i, Exercise e
            where e.id = i.exerciseId and i.exerciseId in :ids
              and (e.clinic is null or e.clinic.id = :clinicId)""")
    List<ExerciseImage> findVisible(Set<Long> ids, long clinicId);

    /** When the image last changed, without loading its bytes. */
    @Query("select i.updatedAt from ExerciseImage i where i.exerciseId = :exerciseId")
    Optional<Instant> findUpdatedAt(long exerciseId);

    /** Whether the exercise is in a plan assigned to the runner (drafts are not theirs to see yet). */
    @Query(value = """
            select exists (
                select 1 from plan p
                join plan_revision r on r.plan_id = p.id
                join plan_item i on i.revision_id = r.id
                where p.runner_id = :runnerId and p.status <> 'DRAFT' and i.exercise_id = :exerciseId)""",
            nativeQuery = true)
    boolean inPlanOfRunner(long exerciseId, long runnerId);
}
