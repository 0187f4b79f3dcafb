package com.stride.account;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.validation.Problems;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.PendingSignIn;
import com.stride.security.PendingSignIns;
import com.stride.security.Role;
import com.stride.security.SignedInSessions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in for staff: codes from an authenticator app (RFC 6238) and one-time recovery
 * codes (kept as HMACs with a key derived from STRIDE_TOTP_KEY). PTs and admins turn it on for themselves; an admin can require it for the whole clinic
 * and reset a person's second factor (AccountAdminService). See
 * docs/decisions/2026-12-03-security-hardening.md.
 */
@Service
@Transactional(readOnly = true)
public class TwoStepService {

    /** Spring Security's name for this factor, beside its own FACTOR_PASSWORD. */
    public static final String FACTOR_TOTP = "FACTOR_TOTP";
    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Stride"; // literal: brand name in the authenticator app
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final String CODE = "code";
    static final String EXPIRED = "account.twoStep.expired";
    static final String WRONG = "account.twoStep.wrong";
    static final String TOO_MANY_CODES = "account.twoStep.tooManyCodes";
    private static final String ALREADY_ON = "account.twoStep.alreadyOn";

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final SecretBox box;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;
    private final SecureRandom random = new SecureRandom();

    TwoStepService(AppUserRepository users, JdbcClient jdbc, SecretBox box, LoginThrottle throttle, AuditLog audit,
                   ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
        this.users = users;
        this.jdbc = jdbc;
        this.box = box;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** What the signed-in PT or admin has set up. */
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public TwoStepStatus status() {
        AppUser user = self();
        return new TwoStepStatus(user.hasTwoStep(), user.getClinic().requiresTwoStep(), recoveryCodesLeft(user.getId()));
    }

    /** A new secret to show as a QR code; nothing is stored until a code from it is confirmed. */
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public TwoStepEnrolment startEnrolment() {
        AppUser user = self();
        if (user.hasTwoStep()) {
            throw Problems.refuse(CODE, Text.get(ALREADY_ON));
        }
        byte[] secret = new byte[Totp.SECRET_BYTES];
        random.nextBytes(secret);
        String base32 = Base32.encode(secret);
        String label = URLEncoder.encode(ISSUER + ":" + user.getUsername(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS;
        return new TwoStepEnrolment(base32, uri);
    }

    /**
     * Turns two-step sign-in on once a code from the new secret is right; every other session of the
     * person ends. Returns the recovery codes, shown this once.
     *
     * @throws InvalidInputException "code" when the code is not right
     */
    @Transactional
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public List<String> confirmEnrolment(TwoStepEnrolment enrolment, String code) {
        AppUser user = lockedSelf();
        if (user.hasTwoStep()) {
            throw Problems.refuse(CODE, Text.get(ALREADY_ON));
        }
        byte[] secret;
        try {
            secret = Base32.decode(enrolment.secret());
        } catch (IllegalArgumentException notBase32) {
            throw Problems.refuse(CODE, Text.get(WRONG));
        }
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (secret.length != Totp.SECRET_BYTES || step.isEmpty()) {
            throw Problems.refuse(CODE, Text.get(WRONG));
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        update app_user set totp_secret = :secret, totp_enabled_at = :now, totp_last_step = :step,
                            session_epoch = session_epoch + 1
                        where id = :id""")
                .param("secret", box.seal(user.getId(), secret)).param("now", Timestamp.from(now))
                .param("step", step.getAsLong()).param("id", user.getId()).update();
        List<String> codes = newRecoveryCodes(user.getId(), now);
        SignedInSessions.keepCurrent(users.sessionEpoch(user.getId()), true);
        audit.change(AuditAction.TWO_STEP_ENABLED, "user", user.getId(), null);
        return codes;
    }

    /**
     * Turns it off, with a current code or a recovery code; not while the clinic requires it.
     *
     * @throws InvalidInputException "code"
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public void disable(String code) {
        AppUser user = lockedSelf();
        if (!user.hasTwoStep()) {
            return;
        }
        // read under a lock: an admin requiring it at this moment either goes first or waits
        entityManager.refresh(user.getClinic(), LockModeType.PESSIMISTIC_READ);
        if (user.getClinic().requiresTwoStep()) {
            throw Problems.refuse(CODE, Text.get("account.twoStep.requiredByClinic"));
        }
        OptionalLong attempt = throttle.admitCode(user, AuditLog.clientAddress());
        if (attempt.isEmpty()) {
            throw Problems.refuse(CODE, Text.get(TOO_MANY_CODES, "minutes", throttle.window().toMinutes()));
        }
        if (!checkCode(user, code)) {
            throttle.confirm(attempt.getAsLong());
            audit.change(AuditAction.TWO_STEP_FAILED, "user", user.getId(), "turning it off");
            throw Problems.refuse(CODE, Text.get(WRONG));
        }
        throttle.forgive(attempt.getAsLong());
        clear(user.getId());
        SignedInSessions.keepCurrent(users.sessionEpoch(user.getId()), false);
        audit.change(AuditAction.TWO_STEP_DISABLED, "user", user.getId(), null);
    }

    /**
     * The second step of a sign-in whose password was right (the pending sign-in in this session):
     * a code from the app, or a recovery code, which then cannot be used again. Signs the person
     * in with a new session id. Refused codes count toward a pause of their own, and five wrong
     * codes in one sign-in need the password again.
     *
     * @return recovery codes left when one was used, else -1
     * @throws InvalidInputException "code"
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public int completeSignIn(String code) {
        PendingSignIn pending = PendingSignIns.current().orElseThrow(() -> Problems.refuse(CODE, Text.get(EXPIRED)));
        Instant now = clock.instant();
        AppUser user = users.findForUpdate(pending.userId()).filter(AppUser::isActive).filter(AppUser::hasTwoStep)
                .orElse(null);
        // a decoy (a wrong password while paused) has no epoch, and must not end differently
        boolean credentialsChanged = user != null && !pending.decoy()
                && user.getSessionEpoch() != pending.sessionEpoch();
        if (user == null || pending.expiredAt(now) || credentialsChanged) {
            PendingSignIns.clear();
            throw Problems.refuse(CODE, Text.get(EXPIRED));
        }
        OptionalLong attempt = throttle.admitCode(user, AuditLog.clientAddress());
        if (attempt.isEmpty()) {
            throw Problems.refuse(CODE, Text.get(TOO_MANY_CODES, "minutes", throttle.window().toMinutes()));
        }
        boolean recovery = RecoveryCode.looksLikeOne(code);
        // after a wrong password no code is right, and nothing is used up
        if (pending.decoy() || !checkCode(user, code)) {
            throttle.confirm(attempt.getAsLong());
            audit.changeFor(user.getId(), user.getClinicId(), AuditAction.TWO_STEP_FAILED, "user", user.getId(),
                    recovery ? "recovery code" : "sign-in");
            if (PendingSignIns.wrongCode().isEmpty()) {
                throw Problems.refuse(CODE, Text.get("account.twoStep.tooManyInSignIn"));
            }
            throw Problems.refuse(CODE, Text.get(recovery ? "account.twoStep.wrongRecovery" : WRONG));
        }
        throttle.forgive(attempt.getAsLong());
        throttle.clearCodes(user.getId());
        PendingSignIns.clear();
        CurrentUser signedIn = AccountUserDetailsService.toCurrentUser(user);
        signedIn.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(pending.passwordCheckedAt()).build());
        authorities.add(FactorGrantedAuthority.withAuthority(FACTOR_TOTP).issuedAt(now).build());
        SignedInSessions.signIn(signedIn, authorities);
        // last sign-in time, the username's count cleared, LOGIN_SUCCEEDED in the audit log
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities)));
        if (recovery) {
            audit.changeFor(user.getId(), user.getClinicId(), AuditAction.RECOVERY_CODE_USED, "user", user.getId(),
                    null);
            return recoveryCodesLeft(user.getId());
        }
        return -1;
    }

    // ----- for AccountAdminService

    /** Removes the account's second factor and ends its sessions. */
    void clear(long userId) {
        jdbc.sql("""
                        update app_user set totp_secret = null, totp_enabled_at = null, totp_last_step = null,
                            session_epoch = session_epoch + 1
                        where id = :id""").param("id", userId).update();
        jdbc.sql("delete from recovery_code where user_id = :id").param("id", userId).update();
    }

    // ----- helpers

    /** A code from the app (each time step once) or an unused recovery code, which is used up. */
    private boolean checkCode(AppUser user, String code) {
        if (RecoveryCode.looksLikeOne(code)) {
            return jdbc.sql("""
                            update recovery_code set used_at = :now
                            where user_id = :id and code_hash = :hash and used_at is null""")
                    .param("now", Timestamp.from(clock.instant())).param("id", user.getId())
                    .param("hash", box.mac(RecoveryCode.normalize(code))).update() == 1;
        }
        byte[] sealed = jdbc.sql("select totp_secret from app_user where id = :id").param("id", user.getId())
                .query(byte[].class).single();
        OptionalLong step = Totp.matchingStep(box.open(user.getId(), sealed), code, clock.instant());
        // the step moves forward only: a code seen once (or an older one) never works again
        return step.isPresent() && jdbc.sql("""
                        update app_user set totp_last_step = :step
                        where id = :id and (totp_last_step is null or totp_last_step < :step)""")
                .param("step", step.getAsLong()).param("id", user.getId()).update() == 1;
    }

    private int recoveryCodesLeft(long userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :id and used_at is null")
                .param("id", userId).query(Integer.class).single();
    }

    private List<String> newRecoveryCodes(long userId, Instant now) {
        jdbc.sql("delete from recovery_code where user_id = :id").param("id", userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = RecoveryCode.generate(random, RECOVERY_ALPHABET);
            codes.add(code);
            jdbc.sql("insert into recovery_code (user_id, code_hash, created_at) values (:id, :hash, :now)")
                    .param("id", userId).param("hash", box.mac(RecoveryCode.normalize(code)))
                    .param("now", Timestamp.from(now)).update();
        }
        return codes;
    }

    private AppUser self() {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        return users.findByIdWithClinic(caller.userId()).orElseThrow(() -> new RecordNotFoundException("Account"));
    }

    private AppUser lockedSelf() {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        return users.findForUpdate(caller.userId()).orElseThrow(() -> new RecordNotFoundException("Account"));
    }
}
