package com.stride.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u join fetch u.clinic where u.username = :username")
    Optional<AppUser> findByUsername(String username);

    @Query("select u.active from AppUser u where u.id = :id")
    Optional<Boolean> findActiveById(long id);

    // A bulk update on purpose: signing in must not bump the version an admin may be editing.
    @Modifying
    @Query("update AppUser u set u.lastLoginAt = :at where u.id = :id")
    int recordLogin(long id, Instant at);
}
