package com.stride.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExerciseImageRepository extends JpaRepository<ExerciseImage, ExerciseImage.Key> {

    /** The first pictures of the given exercises that the clinic may see (clinic_exercises, V8), in order. */
    @Query(value = """
            select i.* from exercise_image i
            join clinic_exercises(:clinicId) e on e.id = i.exercise_id
            where i.exercise_id in (:ids) and i.position <= :perExercise
            order by i.exercise_id, i.position""", nativeQuery = true)
    List<ExerciseImage> findVisible(Set<Long> ids, long clinicId, int perExercise);

    List<ExerciseImage> findByExerciseIdOrderByPosition(long exerciseId);

    Optional<ExerciseImage> findByExerciseIdAndPosition(long exerciseId, int position);

    /** How many pictures, and when the newest changed, without loading their bytes. */
    @Query("select count(i), max(i.updatedAt) from ExerciseImage i where i.exerciseId = :exerciseId")
    List<Object[]> findCountAndUpdatedAt(long exerciseId);

    // cleared afterwards, so pictures saved at the same positions are inserted, not merged into stale copies
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ExerciseImage i where i.exerciseId = :exerciseId")
    void deleteAllOf(long exerciseId);

    /** Whether the exercise is in a plan assigned to the runner (the plan feature's assigned_exercise view). */
    @Query(value = """
            select exists (select 1 from assigned_exercise a where a.runner_id = :runnerId and a.exercise_id = :exerciseId)""",
            nativeQuery = true)
    boolean inPlanOfRunner(long exerciseId, long runnerId);

    default PictureStamp stamp(long exerciseId) {
        Object[] row = findCountAndUpdatedAt(exerciseId).getFirst();
        return new PictureStamp(((Number) row[0]).intValue(), (Instant) row[1]);
    }

    /** How many pictures an exercise has and when they last changed (null when none). */
    record PictureStamp(int count, @Nullable Instant updatedAt) {
    }
}
