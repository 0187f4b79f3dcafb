package com.stride.catalogue;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    @Query("""
            select count(e) > 0 from Exercise e
            where e.clinic.id = :clinicId and lower(e.name) = lower(:name) and e.archivedAt is null
              and (:excludeId is null or e.id <> :excludeId)""")
    boolean activeNameTaken(long clinicId, String name, @Nullable Long excludeId);

    /** The exercise if the clinic may see it: its own or a stock one (clinic_exercises, V8). */
    @Query(value = "select e.* from clinic_exercises(:clinicId) e where e.id = :id", nativeQuery = true)
    Optional<Exercise> findVisible(long id, long clinicId);

    /** The exercise, locked until the transaction ends, so version checks and changes cannot interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Exercise e where e.id = :id")
    Optional<Exercise> findForUpdate(long id);
}
