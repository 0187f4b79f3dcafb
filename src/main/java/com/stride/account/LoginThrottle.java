package com.stride.account;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.security.LoginGuard;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling. When a username, or a client address, collects {@code max} failed sign-ins
 * within the window, further attempts for it are refused until the window has passed since the
 * last of those failures. Refused attempts are not failures: they never extend the lock, so no
 * one can be locked out for longer than the window by someone hammering their username. A
 * successful sign-in, or a password set with a one-time link, clears the username's failures.
 */
@Component
class LoginThrottle implements LoginGuard {

    static final String UNKNOWN_ADDRESS = "unknown";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AppUserRepository users;
    private final AuditLog audit;
    private final int maxPerUsername;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock, AppUserRepository users, AuditLog audit,
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
    }

    // No transaction of its own: under a flood of sign-ins, each request holds one connection at a
    // time (the audit entry opens its own), never two.
    @Override
    public boolean refuse(String username, String clientAddress) {
        String key = Sha256.hex(AppUser.normalizeUsername(username));
        String address = address(clientAddress);
        Instant now = clock.instant();
        boolean refused = locked("username_hash", key, maxPerUsername, now)
                || locked("client_address", address, maxPerAddress, now);
        if (refused) {
            var user = users.findByUsername(AppUser.normalizeUsername(username));
            audit.event(user.map(AppUser::getId).orElse(null), user.map(AppUser::getClinicId).orElse(null),
                    AuditAction.LOGIN_THROTTLED, user.isPresent() ? "user" : null, user.map(AppUser::getId).orElse(null),
                    null, address);
        }
        return refused;
    }

    @Transactional
    void recordFailure(String username, String clientAddress) {
        Instant now = clock.instant();
        jdbc.sql("insert into login_failure (username_hash, client_address, failed_at) values (:key, :address, :at)")
                .param("key", Sha256.hex(AppUser.normalizeUsername(username)))
                .param("address", address(clientAddress))
                .param("at", Timestamp.from(now))
                .update();
        // Old rows say nothing any more; keep the table small.
        jdbc.sql("delete from login_failure where failed_at < :before")
                .param("before", Timestamp.from(now.minus(window.multipliedBy(4))))
                .update();
    }

    @Transactional
    void clearUsername(String username) {
        jdbc.sql("delete from login_failure where username_hash = :key")
                .param("key", Sha256.hex(AppUser.normalizeUsername(username)))
                .update();
    }

    /** Locked while the latest failure is within the window and ends a run of {@code max} in one window. */
    private boolean locked(String column, String value, int max, Instant now) {
        return jdbc.sql("""
                        with latest as (
                            select max(failed_at) as at from login_failure
                            where %1$s = :value and failed_at > :since)
                        select count(*) from login_failure f, latest
                        where f.%1$s = :value and latest.at is not null
                          and f.failed_at > latest.at - make_interval(secs => :seconds) and f.failed_at <= latest.at
                        """.formatted(column))
                .param("value", value)
                .param("since", Timestamp.from(now.minus(window)))
                .param("seconds", (double) window.toSeconds())
                .query(Integer.class).single() >= max;
    }

    private static String address(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? UNKNOWN_ADDRESS
                : clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
    }
}
