package com.stride.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExerciseImageRepository extends JpaRepository<ExerciseImage, Long> {

    /** Images of the given exercises that the clinic may see (clinic_exercises, V8). */
    @Query(value = """
            select i.* from exercise_image i
            join clinic_exercises(:clinicId) e on e.id = i.exercise_id
            where i.exercise_id in (:ids)""", nativeQuery = true)
    List<ExerciseImage> findVisible(Set<Long> ids, long clinicId);

    /** When the image last changed, without loading its bytes. */
    @Query("select i.updatedAt from ExerciseImage i where i.exerciseId = :exerciseId")
    Optional<Instant> findUpdatedAt(long exerciseId);

    /** Whether the exercise is in a plan assigned to the runner (the plan feature's assigned_exercise view). */
    @Query(value = """
            select exists (select 1 from assigned_exercise a where a.runner_id = :runnerId and a.exercise_id = :exerciseId)""",
            nativeQuery = true)
    boolean inPlanOfRunner(long exerciseId, long runnerId);
}
