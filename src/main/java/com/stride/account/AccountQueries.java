package com.stride.account;

import com.stride.base.db.Like;
import com.stride.base.db.Rows;
import com.stride.security.Role;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-side SQL for the accounts list and the runner-PT links. Callers have checked access; every
 * query still filters by clinic.
 */
@Component
class AccountQueries {

    private static final String WHERE = """
            where u.clinic_id = :clinicId
              and (cast(:role as varchar) is null or u.role = :role)
              and (cast(:active as boolean) is null or u.active = :active)
              and (u.display_name ilike :pattern escape '\\' or u.username ilike :pattern escape '\\'
                   or u.email ilike :pattern escape '\\')
            """;

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AccountRow> accounts(long clinicId, AccountSearch search, int offset, int limit) {
        return bind(jdbc.sql("""
                        select u.id, u.username, u.display_name, u.email, u.role, u.active,
                               u.password_hash is not null as password_set, u.last_login_at,
                               array(select t.display_name from runner_therapist l
                                     join app_user t on t.id = l.therapist_id
                                     where l.runner_id = u.id order by t.display_name) as therapists
                        from app_user u
                        """ + WHERE + """
                        order by u.active desc, u.display_name, u.id
                        offset :offset limit :limit"""), clinicId, search)
                .param("offset", offset)
                .param("limit", limit)
                .query((row, n) -> new AccountRow(row.getLong("id"), row.getString("username"),
                        row.getString("display_name"), row.getString("email"), Role.valueOf(row.getString("role")),
                        row.getBoolean("active"), row.getBoolean("password_set"), Rows.instant(row, "last_login_at"),
                        Rows.strings(row.getArray("therapists"))))
                .list();
    }

    int count(long clinicId, AccountSearch search) {
        return bind(jdbc.sql("select count(*) from app_user u " + WHERE), clinicId, search)
                .query(Integer.class).single();
    }

    List<TherapistOption> therapists(long clinicId) {
        return jdbc.sql("""
                        select id, display_name from app_user
                        where clinic_id = :clinicId and role = 'THERAPIST' and active
                        order by display_name, id""")
                .param("clinicId", clinicId)
                .query((row, n) -> new TherapistOption(row.getLong(1), row.getString(2)))
                .list();
    }

    /** Of the given ids, those that are active PTs of the clinic. */
    Set<Long> activeTherapists(long clinicId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("""
                        select id from app_user
                        where clinic_id = :clinicId and role = 'THERAPIST' and active and id in (:ids)""")
                .param("clinicId", clinicId)
                .param("ids", ids)
                .query(Long.class).list());
    }

    Set<Long> linkedTherapists(long runnerId) {
        return new LinkedHashSet<>(jdbc.sql("select therapist_id from runner_therapist where runner_id = :id")
                .param("id", runnerId).query(Long.class).list());
    }

    void link(long clinicId, long runnerId, Collection<Long> therapistIds, Long by, Instant at) {
        for (Long therapistId : therapistIds) {
            jdbc.sql("""
                            insert into runner_therapist (runner_id, therapist_id, clinic_id, linked_at, linked_by)
                            values (:runner, :therapist, :clinic, :at, :by) on conflict do nothing""")
                    .param("runner", runnerId)
                    .param("therapist", therapistId)
                    .param("clinic", clinicId)
                    .param("at", Timestamp.from(at))
                    .param("by", by, Types.BIGINT)
                    .update();
        }
    }

    void unlink(long runnerId, Collection<Long> therapistIds) {
        if (!therapistIds.isEmpty()) {
            jdbc.sql("delete from runner_therapist where runner_id = :runner and therapist_id in (:ids)")
                    .param("runner", runnerId)
                    .param("ids", therapistIds)
                    .update();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, long clinicId,
                                                 AccountSearch search) {
        AccountSearch s = search == null ? AccountSearch.all() : search;
        return statement
                .param("clinicId", clinicId)
                .param("role", s.role() == null ? null : s.role().name(), Types.VARCHAR)
                .param("active", s.active(), Types.BOOLEAN)
                .param("pattern", Like.containing(s.text()));
    }
}
