package com.stride.account;

import com.stride.base.InstallationDefaults;
import com.stride.clinic.Clinic;
import com.stride.clinic.ClinicRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates clinics and accounts on behalf of the system itself (demo data, the first production
 * admin), never on behalf of a signed-in user: it checks no caller, so no view may use it. Every
 * call is idempotent, so a restart never duplicates anything.
 */
@Service
public class AccountProvisioning {

    private final ClinicRepository clinics;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Validator validator;
    private final AccountQueries queries;
    private final Clock clock;
    private final InstallationDefaults defaults;

    AccountProvisioning(ClinicRepository clinics, AppUserRepository users, PasswordEncoder passwordEncoder,
                        PasswordPolicy passwordPolicy, Validator validator, AccountQueries queries,
                        Clock clock, InstallationDefaults defaults) {
        this.defaults = defaults;
        this.queries = queries;
        this.clock = clock;
        this.clinics = clinics;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return users.count() > 0;
    }

    /** The clinic of that name, created when missing. */
    @Transactional
    public Clinic ensureClinic(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Clinic.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A clinic name needs 1-" + Clinic.NAME_MAX_LENGTH + " characters");
        }
        return clinics.findByNameIgnoreCase(trimmed).orElseGet(() -> clinics.save(new Clinic(trimmed, defaults.zone(), defaults.language())));
    }

    /**
     * The account with that username, created with the given password when missing. An existing
     * account is left exactly as it is (its password included).
     *
     * @return true when the account was created now
     */
    @Transactional
    public boolean ensureAccount(Clinic clinic, NewAccount account, String rawPassword) {
        Set<ConstraintViolation<NewAccount>> violations = validator.validate(account);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
        var existing = users.findByUsername(account.username());
        if (existing.isPresent()) {
            if (!existing.get().getClinic().getId().equals(clinic.getId())) {
                throw new IllegalStateException("Username " + account.username() + " belongs to another clinic");
            }
            return false;
        }
        passwordPolicy.problemWith(rawPassword).ifPresent(problem -> {
            throw new IllegalArgumentException("Password for " + account.username() + " refused: " + problem);
        });
        AppUser user = new AppUser(clinic, account.username(), account.displayName(), account.email(), account.role());
        user.setPasswordHash(passwordEncoder.encode(rawPassword));
        users.save(user);
        return true;
    }

    /** The id of the account with that username. */
    @Transactional(readOnly = true)
    public long idOf(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No account " + username))
                .getId();
    }

    /** Links the runner to the PT (both by username, of one clinic); nothing when already linked. */
    @Transactional
    public void ensureTherapistLink(String runnerUsername, String therapistUsername) {
        AppUser runner = users.findByUsername(runnerUsername).orElseThrow();
        AppUser therapist = users.findByUsername(therapistUsername).orElseThrow();
        queries.link(runner.getClinicId(), runner.getId(), List.of(therapist.getId()), null, clock.instant());
    }
}
