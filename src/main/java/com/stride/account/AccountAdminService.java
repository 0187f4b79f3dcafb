package com.stride.account;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.ConcurrentEditException;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.validation.Problems;
import com.stride.clinic.Clinic;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinic admins manage their clinic's people: accounts, runner-PT links, deactivation and one-time
 * links. Every method checks that the caller is an admin, and every method that names an account
 * checks that it belongs to the caller's clinic; another clinic's account is "not found", and the
 * attempt is audited.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.ADMIN)
public class AccountAdminService {

    private static final String ACCOUNT = "account";
    private static final String USER = "user";
    private static final String USERNAME_TAKEN = "account.admin.usernameTaken";
    private static final String EMAIL_TAKEN = "account.admin.emailTaken";

    private final AppUserRepository users;
    private final AccountQueries queries;
    private final OneTimeLinks links;
    private final LinkDelivery delivery;
    private final AuditLog audit;
    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TwoStepService twoStep;

    AccountAdminService(AppUserRepository users, AccountQueries queries, OneTimeLinks links, LinkDelivery delivery,
                        AuditLog audit, Validator validator, EntityManager entityManager, Clock clock,
                        TwoStepService twoStep) {
        this.users = users;
        this.queries = queries;
        this.links = links;
        this.delivery = delivery;
        this.audit = audit;
        this.validator = validator;
        this.entityManager = entityManager;
        this.clock = clock;
        this.twoStep = twoStep;
    }

    // ----- reading -----

    public List<AccountRow> accounts(AccountSearch search, int offset, int limit) {
        return queries.accounts(caller().clinicId(), search, Math.max(0, offset), Math.clamp(limit, 1, 200));
    }

    public int countAccounts(AccountSearch search) {
        return queries.count(caller().clinicId(), search);
    }

    public AccountDetails account(long userId) {
        return details(target(caller(), userId, "view"));
    }

    /** The clinic's active PTs, for linking runners. */
    public List<TherapistOption> therapists() {
        return queries.therapists(caller().clinicId());
    }

    // ----- changing -----

    /** A new account without a password, and its one-time link (72 hours) to choose one. */
    @Transactional
    public CreatedAccount create(NewAccount account, Set<Long> therapistIds) {
        CurrentUser caller = caller();
        Set<Long> therapists = therapistIds == null ? Set.of() : Set.copyOf(therapistIds);
        Problems problems = Problems.of(validator, account);
        if (!problems.has("username") && users.existsByUsername(account.username())) {
            problems.add("username", Text.get(USERNAME_TAKEN));
        }
        if (!problems.has("email") && users.emailTaken(caller.clinicId(), account.email(), -1)) {
            problems.add("email", Text.get(EMAIL_TAKEN));
        }
        checkTherapists(caller, account.role(), therapists, problems);
        problems.throwIfAny();

        Clinic clinic = entityManager.getReference(Clinic.class, caller.clinicId());
        AppUser user = new AppUser(clinic, account.username(), account.displayName(), account.email(), account.role());
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw duplicate(e);
        }
        queries.link(caller.clinicId(), user.getId(), therapists, caller.userId(), clock.instant());
        audit.change(AuditAction.ACCOUNT_CREATED, USER, user.getId(), "role " + user.getRole().name());
        if (!therapists.isEmpty()) {
            audit.change(AuditAction.THERAPISTS_LINKED, USER, user.getId(), "PTs " + sorted(therapists));
        }
        IssuedLink link = issue(caller, user, LinkPurpose.WELCOME);
        return new CreatedAccount(details(user), link);
    }

    /** Name, email and (for a runner) the linked PTs, as of the version the admin loaded. */
    @Transactional
    public AccountDetails update(long userId, long loadedVersion, AccountChanges changes) {
        CurrentUser caller = caller();
        AppUser user = editable(caller, userId, loadedVersion, "edit");
        Problems problems = Problems.of(validator, changes);
        if (!problems.has("email") && users.emailTaken(caller.clinicId(), changes.email(), userId)) {
            problems.add("email", Text.get(EMAIL_TAKEN));
        }
        checkTherapists(caller, user.getRole(), changes.therapistIds(), problems);
        problems.throwIfAny();

        boolean renamed = !user.getDisplayName().equals(changes.displayName())
                || !user.getEmail().equals(changes.email());
        Set<Long> before = queries.linkedTherapists(userId);
        boolean relinked = user.getRole() == Role.RUNNER && !before.equals(changes.therapistIds());
        if (renamed) {
            user.rename(changes.displayName(), changes.email());
            audit.change(AuditAction.ACCOUNT_UPDATED, USER, userId, null);
        }
        if (relinked) {
            Set<Long> removed = new HashSet<>(before);
            removed.removeAll(changes.therapistIds());
            queries.unlink(userId, removed);
            queries.link(caller.clinicId(), userId, changes.therapistIds(), caller.userId(), clock.instant());
            audit.change(AuditAction.THERAPISTS_LINKED, USER, userId, "PTs " + sorted(changes.therapistIds()));
        }
        if (renamed || relinked) {
            entityManager.lock(user, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            flush();
        }
        return details(user);
    }

    /**
     * The person can no longer sign in and any session of theirs ends at its next request; their
     * plans, logs and history stay. Not oneself, and never the clinic's last active admin.
     */
    @Transactional
    public AccountDetails deactivate(long userId, long loadedVersion) {
        CurrentUser caller = caller();
        // Admins are locked together, in id order, before the target row: two admins deactivating
        // each other then queue instead of deadlocking, and the second sees the first's change.
        boolean admin = users.findRoleById(userId).orElse(null) == Role.ADMIN;
        int activeAdmins = admin ? users.lockActive(caller.clinicId(), Role.ADMIN).size() : 0;
        AppUser user = editable(caller, userId, loadedVersion, "deactivate");
        if (user.getId() == caller.userId()) {
            throw Problems.refuse("active", Text.get("account.admin.notYourself"));
        }
        if (!user.isActive()) {
            return details(user);
        }
        if (admin && activeAdmins <= 1) {
            throw Problems.refuse("active", Text.get("account.admin.lastAdmin"));
        }
        user.setActive(false);
        // ends its sessions even if it is reactivated before they make another request
        users.endSessions(user.getId());
        links.retireOpenLinks(userId);
        audit.change(AuditAction.ACCOUNT_DEACTIVATED, USER, userId, null);
        flush();
        return details(user);
    }

    @Transactional
    public AccountDetails reactivate(long userId, long loadedVersion) {
        CurrentUser caller = caller();
        AppUser user = editable(caller, userId, loadedVersion, "reactivate");
        if (!user.isActive()) {
            user.setActive(true);
            audit.change(AuditAction.ACCOUNT_REACTIVATED, USER, userId, null);
            flush();
        }
        return details(user);
    }

    /**
     * A new one-time link: a reset (1 hour) for someone who has a password, a fresh welcome link
     * (72 hours) for someone who never set one. Earlier open links stop working.
     */
    @Transactional
    public IssuedLink sendPasswordLink(long userId) {
        CurrentUser caller = caller();
        AppUser user = users.findForUpdate(userId).orElseThrow(() -> new RecordNotFoundException("Account"));
        requireSameClinic(caller, user, "password link"); // literal: audit detail
        if (!user.isActive()) {
            throw Problems.refuse("active", Text.get("account.admin.reactivateFirst"));
        }
        return issue(caller, user, user.hasPassword() ? LinkPurpose.RESET : LinkPurpose.WELCOME);
    }

    /**
     * Removes a PT's or admin's second factor (a lost phone): their sessions end, they sign in with
     * their password and set it up again.
     */
    @Transactional
    public AccountDetails resetTwoStep(long userId, long loadedVersion) {
        CurrentUser caller = caller();
        AppUser user = editable(caller, userId, loadedVersion, "reset two-step sign-in"); // literal: audit detail
        if (!user.hasTwoStep()) {
            throw Problems.refuse("twoStep", Text.get("account.admin.noTwoStep"));
        }
        twoStep.clear(user.getId());
        entityManager.refresh(user);
        audit.change(AuditAction.TWO_STEP_RESET, USER, user.getId(), null);
        return details(user);
    }

    /** Whether the admin's clinic requires two-step sign-in of every PT and admin. */
    public boolean clinicRequiresTwoStep() {
        return ownClinic().requiresTwoStep();
    }

    /**
     * Requires (or stops requiring) two-step sign-in of the clinic's PTs and admins. Those without
     * it sign in again and set it up before anything else. The admin needs it first.
     */
    @Transactional
    public void requireTwoStep(boolean required) {
        CurrentUser caller = caller();
        AppUser admin = users.findForUpdate(caller.userId()).orElseThrow(() -> new RecordNotFoundException("Account"));
        Clinic clinic = admin.getClinic();
        if (clinic.requiresTwoStep() == required) {
            return;
        }
        if (required && !admin.hasTwoStep()) {
            throw Problems.refuse("twoStep", Text.get("account.admin.twoStepFirst"));
        }
        clinic.requireTwoStep(required);
        if (required) {
            users.endSessionsOfStaffWithoutTwoStep(clinic.getId());
        }
        audit.change(required ? AuditAction.CLINIC_TWO_STEP_REQUIRED : AuditAction.CLINIC_TWO_STEP_OPTIONAL,
                "clinic", clinic.getId(), null);
    }

    private Clinic ownClinic() {
        CurrentUser caller = caller();
        return users.findByIdWithClinic(caller.userId()).orElseThrow(() -> new RecordNotFoundException("Account"))
                .getClinic();
    }

    // ----- helpers -----

    private IssuedLink issue(CurrentUser caller, AppUser user, LinkPurpose purpose) {
        OneTimeLinks.Issued issued = links.issue(user.getId(), purpose, caller.userId());
        IssuedLink link = delivery.deliver(user, purpose, issued);
        audit.change(AuditAction.LINK_ISSUED, USER, user.getId(),
                purpose.name().toLowerCase(Locale.ROOT) + (link.emailed() ? ", emailed" : ", shown to the admin"));
        return link;
    }

    private void checkTherapists(CurrentUser caller, Role role, Set<Long> therapistIds, Problems problems) {
        if (therapistIds.isEmpty()) {
            return;
        }
        if (role != Role.RUNNER) {
            problems.add("therapists", Text.get("account.admin.onlyRunnersLinked"));
        } else if (!queries.activeTherapists(caller.clinicId(), therapistIds).containsAll(therapistIds)) {
            problems.add("therapists", Text.get("account.admin.activeTherapists"));
        }
    }

    private AppUser target(CurrentUser caller, long userId, String operation) {
        AppUser user = users.findById(userId).orElseThrow(() -> new RecordNotFoundException("Account"));
        requireSameClinic(caller, user, operation);
        return user;
    }

    private AppUser editable(CurrentUser caller, long userId, long loadedVersion, String operation) {
        AppUser user = users.findForUpdate(userId).orElseThrow(() -> new RecordNotFoundException("Account"));
        requireSameClinic(caller, user, operation);
        if (user.getVersion() != loadedVersion) {
            throw new ConcurrentEditException("account.record.account");
        }
        return user;
    }

    /** Another clinic's account does not exist for this admin; the attempt is recorded. */
    private void requireSameClinic(CurrentUser caller, AppUser user, String operation) {
        if (!caller.belongsTo(user.getClinicId())) {
            audit.denied(USER, user.getId(), "another clinic's account: " + operation);
            throw new RecordNotFoundException("Account");
        }
    }

    private AccountDetails details(AppUser user) {
        return new AccountDetails(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(),
                user.getEmail(), user.getRole(), user.isActive(), user.hasPassword(), user.hasTwoStep(), user.getLastLoginAt(),
                queries.linkedTherapists(user.getId()));
    }

    private void flush() {
        try {
            entityManager.flush();
        } catch (DataIntegrityViolationException e) {
            throw duplicate(e);
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw duplicate(new DataIntegrityViolationException(e.getMessage(), e));
        }
    }

    /** Two admins taking the same username or email at the same moment: the unique indexes decide. */
    private static RuntimeException duplicate(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("app_user_username_uq")) {
            return Problems.refuse("username", Text.get(USERNAME_TAKEN));
        }
        if (message.contains("app_user_clinic_email_uq")) {
            return Problems.refuse("email", Text.get(EMAIL_TAKEN));
        }
        return e;
    }

    private static String sorted(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).toList().toString();
    }

    private static CurrentUser caller() {
        return Caller.require(Role.ADMIN);
    }
}
