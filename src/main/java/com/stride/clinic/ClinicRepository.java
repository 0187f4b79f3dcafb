package com.stride.clinic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClinicRepository extends JpaRepository<Clinic, Long> {

    @Query("select c from Clinic c where lower(c.name) = lower(:name)")
    Optional<Clinic> findByNameIgnoreCase(String name);

    @Query("select c.timeZone from Clinic c where c.id = :id")
    Optional<String> timeZoneOf(long id);
}
