package com.stride.account;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.security.LoginAdmission;
import com.stride.security.LoginGuard;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login throttling. When a username, or a client address, collects {@code max} failed sign-ins
 * (or wrong current passwords when changing it) within the window, further attempts for it are
 * refused until the window has passed since the last of those failures. Refused attempts are not
 * failures: they never extend the lock. A successful sign-in, or a password set with a one-time
 * link, clears the username's failures.
 * <p>
 * The pause of a username cannot keep its owner out for good, even when someone fails on purpose
 * every window: a one-time link from the clinic always works and clears the count, and an account
 * with a second factor is never paused by its username's count (its address's count still
 * applies), because the password alone does not get anyone in; its codes have their own limit
 * ({@link #admitCode}).
 */
@Component
class LoginThrottle implements LoginGuard {

    static final String UNKNOWN_ADDRESS = "unknown";
    /** How long an attempt waits for pending ones to be decided before it is refused. */
    static final Duration PENDING_WAIT = Duration.ofSeconds(10);
    private static final Duration PENDING_POLL = Duration.ofMillis(50);
    /** A pending attempt older than this counts as a failure. */
    static final Duration PENDING_STALE = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AppUserRepository users;
    private final AuditLog audit;
    private final int maxPerUsername;
    private final int maxPerAddress;
    private final Duration window;
    private final TransactionTemplate transaction;

    LoginThrottle(JdbcClient jdbc, Clock clock, AppUserRepository users, AuditLog audit,
                  PlatformTransactionManager transactions,
                  @Value("${stride.security.login.max-failures-per-username:5}") int maxPerUsername,
                  @Value("${stride.security.login.max-failures-per-address:5}") int maxPerAddress,
                  @Value("${stride.security.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.users = users;
        this.audit = audit;
        this.maxPerUsername = maxPerUsername;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        // its own short transaction even inside a caller's, so the locks go with it
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Admits an attempt as a <em>pending</em> failure, so that the count and the new row are one
     * step: each check is one short transaction of its own, serialised per username and then per
     * address (transaction-scoped advisory locks, always taken in that order). Pending attempts
     * count toward the username's limit; when only they fill it (one person on several devices at
     * once), the attempt waits for them to be decided instead of being refused. A username with a
     * second factor is not paused by its own count (see the class comment).
     */
    @Override
    public Optional<LoginAdmission> admit(String username, String clientAddress) {
        String normalized = AppUser.normalizeUsername(username);
        var user = users.findByUsername(normalized);
        boolean exempt = user.map(AppUser::hasTwoStep).orElse(false);
        Admission admission = admitKey(passwordKey(normalized), clientAddress, exempt);
        if (admission.ticket() == null) {
            throttled(user, clientAddress);
            return Optional.empty();
        }
        return Optional.of(new LoginAdmission(admission.ticket(), user.map(AppUser::getId).orElse(null),
                admission.usernamePaused()));
    }

    /** A current password typed while signed in (changing it): counted with the sign-in form's. */
    OptionalLong admitPassword(AppUser user, String clientAddress) {
        return ticketOrThrottled(admitKey(passwordKey(user.getUsername()), clientAddress, false), user, clientAddress);
    }

    /** A code of the second step: counted per account, apart from passwords. */
    OptionalLong admitCode(AppUser user, String clientAddress) {
        return ticketOrThrottled(admitKey(codeKey(user.getId()), clientAddress, false), user, clientAddress);
    }

    private OptionalLong ticketOrThrottled(Admission admission, AppUser user, String clientAddress) {
        if (admission.ticket() == null) {
            throttled(Optional.of(user), clientAddress);
            return OptionalLong.empty();
        }
        return OptionalLong.of(admission.ticket());
    }

    private void throttled(Optional<AppUser> user, String clientAddress) {
        audit.event(user.map(AppUser::getId).orElse(null), user.map(AppUser::getClinicId).orElse(null),
                AuditAction.LOGIN_THROTTLED, user.isPresent() ? "user" : null,
                user.map(AppUser::getId).orElse(null), null, address(clientAddress));
    }

    private Admission admitKey(String key, String clientAddress, boolean exempt) {
        String address = address(clientAddress);
        long deadline = System.nanoTime() + PENDING_WAIT.toNanos();
        while (true) {
            Admission admission = transaction.execute(status -> tryAdmit(key, address, exempt));
            if (admission.ticket() != null || admission.refused() || System.nanoTime() > deadline) {
                return admission;
            }
            try {
                Thread.sleep(PENDING_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Admission(null, true, false);
            }
        }
    }

    /** A ticket, or a refusal, or neither: wait for the pending attempts. */
    private record Admission(Long ticket, boolean refused, boolean usernamePaused) {
    }

    private Admission tryAdmit(String key, String address, boolean exempt) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 17)), "
                        + "pg_advisory_xact_lock(hashtextextended(:address, 17))")
                .param("key", "login-username:" + key).param("address", "login-address:" + address)
                .query((rs, row) -> row).list();
        Instant now = clock.instant();
        boolean usernamePaused = locked("username_hash", key, maxPerUsername, now);
        if ((usernamePaused && !exempt) || locked("client_address", address, maxPerAddress, now)) {
            return new Admission(null, true, usernamePaused);
        }
        // Per username, pending attempts count: parallel guesses at one account stop at exactly its
        // limit. Per address, only decided failures do: many people behind one address (a clinic's
        // network, a proxy) sign in at once, and a burst there can pass the limit only by the
        // attempts in flight when its last failure is decided.
        if (!exempt && inWindow("username_hash", key, now) >= maxPerUsername) {
            return new Admission(null, false, usernamePaused);
        }
        long ticket = jdbc.sql("insert into login_failure (username_hash, client_address, failed_at, pending) "
                        + "values (:key, :address, :at, true) returning id")
                .param("key", key).param("address", address).param("at", Timestamp.from(now))
                .query(Long.class).single();
        // Old rows say nothing any more; keep the table small.
        jdbc.sql("delete from login_failure where failed_at < :before")
                .param("before", Timestamp.from(now.minus(window.multipliedBy(4))))
                .update();
        return new Admission(ticket, false, usernamePaused);
    }

    /** The attempt failed: its pending row becomes a failure (whatever becomes of the caller's transaction). */
    @Override
    public void confirm(long ticket) {
        transaction.executeWithoutResult(status ->
                jdbc.sql("update login_failure set pending = false where id = :id").param("id", ticket).update());
    }

    /** How long a pause lasts. */
    Duration window() {
        return window;
    }

    /** The password or code was right: the attempt is no failure (whatever becomes of the caller's transaction). */
    @Override
    public void forgive(long ticket) {
        transaction.executeWithoutResult(status ->
                jdbc.sql("delete from login_failure where id = :id").param("id", ticket).update());
    }

    @Transactional
    void clearUsername(String username) {
        jdbc.sql("delete from login_failure where username_hash = :key")
                .param("key", passwordKey(username))
                .update();
    }

    @Transactional
    void clearCodes(long userId) {
        jdbc.sql("delete from login_failure where username_hash = :key").param("key", codeKey(userId)).update();
    }

    /**
     * The counted names, as hashes (people type passwords into the username field). Each kind has
     * its own prefix, so that nothing typed as a username can stand for another kind's count.
     */
    static String passwordKey(String username) {
        return Sha256.hex("password " + AppUser.normalizeUsername(username));
    }

    static String codeKey(long userId) {
        return Sha256.hex("code " + userId);
    }

    /**
     * Locked while the latest failure is within the window and ends a run of {@code max} in one
     * window. A pending attempt is a failure once it is older than any sign-in takes (its request
     * died before saying).
     */
    private boolean locked(String column, String value, int max, Instant now) {
        return jdbc.sql("""
                        with failure as (
                            select failed_at from login_failure
                            where %1$s = :value and (not pending or failed_at < :stale)),
                        latest as (select max(failed_at) as at from failure where failed_at > :since)
                        select count(*) from failure f, latest
                        where latest.at is not null
                          and f.failed_at > latest.at - make_interval(secs => :seconds) and f.failed_at <= latest.at
                        """.formatted(column))
                .param("value", value)
                .param("since", Timestamp.from(now.minus(window)))
                .param("stale", Timestamp.from(now.minus(PENDING_STALE)))
                .param("seconds", (double) window.toSeconds())
                .query(Integer.class).single() >= max;
    }

    /** Failures and pending attempts within the window. */
    private int inWindow(String column, String value, Instant now) {
        return jdbc.sql("select count(*) from login_failure where %s = :value and failed_at > :since"
                        .formatted(column))
                .param("value", value).param("since", Timestamp.from(now.minus(window)))
                .query(Integer.class).single();
    }

    /**
     * IPv4 addresses as they are; an IPv6 address by its /64 network, which one machine usually
     * holds whole (one address each try would be no limit).
     */
    static String address(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        if (clientAddress.indexOf(':') >= 0) {
            try {
                // a literal with a colon is parsed, never looked up
                byte[] bytes = InetAddress.getByName(clientAddress.strip()).getAddress();
                if (bytes.length == 16) {
                    return HexFormat.of().formatHex(bytes, 0, 8).replaceAll("(.{4})(?!$)", "$1:") + "::/64";
                }
            } catch (UnknownHostException notAnAddress) {
                // counted as given
            }
        }
        return clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
    }
}
