package com.stride.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues and consumes one-time links. The token is 256 random bits handed out once; the database
 * keeps only its SHA-256. Issuing a link retires the person's earlier open links.
 */
@Component
class OneTimeLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Issued(String token, Instant expiresAt) {
    }

    record Open(long linkId, long userId, LinkPurpose purpose, Instant expiresAt) {
    }

    /** Must run in the caller's transaction, together with the change that asked for it. */
    Issued issue(long userId, LinkPurpose purpose, Long createdBy) {
        Instant now = clock.instant();
        retireOpenLinks(userId, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(purpose.lifetime());
        jdbc.sql("""
                        insert into one_time_link (user_id, purpose, token_hash, created_at, expires_at, created_by)
                        values (:userId, :purpose, :hash, :now, :expiresAt, :createdBy)""")
                .param("userId", userId)
                .param("purpose", purpose.name())
                .param("hash", Sha256.hex(token))
                .param("now", Timestamp.from(now))
                .param("expiresAt", Timestamp.from(expiresAt))
                .param("createdBy", createdBy, java.sql.Types.BIGINT)
                .update();
        return new Issued(token, expiresAt);
    }

    /** The link of this token while it is unused and unexpired; locked when {@code forUpdate}. */
    Optional<Open> find(String token, boolean forUpdate) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, user_id, purpose, expires_at from one_time_link
                        where token_hash = :hash and used_at is null and expires_at > :now""" + (forUpdate ? " for update" : ""))
                .param("hash", Sha256.hex(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> new Open(row.getLong(1), row.getLong(2), LinkPurpose.valueOf(row.getString(3)),
                        row.getTimestamp(4).toInstant()))
                .optional();
    }

    void markUsed(long linkId) {
        jdbc.sql("update one_time_link set used_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", linkId)
                .update();
    }

    void retireOpenLinks(long userId, Instant now) {
        jdbc.sql("update one_time_link set used_at = :now where user_id = :userId and used_at is null")
                .param("now", Timestamp.from(now))
                .param("userId", userId)
                .update();
    }

    void retireOpenLinks(long userId) {
        retireOpenLinks(userId, clock.instant());
    }
}
