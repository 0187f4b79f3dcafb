package com.stride.catalogue;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExerciseImageRepository extends JpaRepository<ExerciseImage, Long> {

    /** When the image last changed, without loading its bytes. */
    @Query("select i.updatedAt from ExerciseImage i where i.exerciseId = :exerciseId")
    Optional<Instant> findUpdatedAt(long exerciseId);
}
