package com.stride.account;

import com.stride.security.Role;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u join fetch u.clinic where u.username = :username")
    Optional<AppUser> findByUsername(String username);

    @Query("select u.role from AppUser u where u.id = :id")
    Optional<Role> findRoleById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u join fetch u.clinic where u.id = :id")
    Optional<AppUser> findForUpdate(long id);

    @Query("select u from AppUser u join fetch u.clinic where u.id = :id")
    Optional<AppUser> findByIdWithClinic(long id);

    /** Locks the clinic's active admins, so two admins cannot deactivate the last two at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.clinic.id = :clinicId and u.role = :role and u.active = true order by u.id")
    List<AppUser> lockActive(long clinicId, Role role);

    @Query("select count(u) > 0 from AppUser u where lower(u.email) = lower(:email) and u.clinic.id = :clinicId"
            + " and u.id <> :exceptId")
    boolean emailTaken(long clinicId, String email, long exceptId);

    boolean existsByUsername(String username);

    // Bulk updates on purpose: signing in or setting a password must not bump the version an admin
    // may be editing.
    @Modifying
    @Query("update AppUser u set u.lastLoginAt = :at where u.id = :id")
    int recordLogin(long id, Instant at);

    /** Also ends every session that signed in with the old password (the session epoch moves on). */
    @Modifying
    @Query("update AppUser u set u.passwordHash = :hash, u.sessionEpoch = u.sessionEpoch + 1 where u.id = :id")
    int setPasswordHash(long id, String hash);

    /** Ends every session of the account on its next request. */
    @Modifying
    @Query("update AppUser u set u.sessionEpoch = u.sessionEpoch + 1 where u.id = :id")
    int endSessions(long id);

    /** Staff who must now set up a second factor sign in again, and are then asked to. */
    @Modifying
    @Query("update AppUser u set u.sessionEpoch = u.sessionEpoch + 1 where u.clinic.id = :clinicId"
            + " and u.role <> com.stride.security.Role.RUNNER and u.totpEnabledAt is null")
    int endSessionsOfStaffWithoutTwoStep(long clinicId);

    @Query("select u.sessionEpoch from AppUser u where u.id = :id")
    int sessionEpoch(long id);
}
