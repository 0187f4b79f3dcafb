package com.stride.audit;

import com.stride.base.db.Like;
import com.stride.base.db.Rows;
import com.stride.clinic.ClinicCalendar;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log for clinic admins: only their own clinic's entries, newest first, a page at a time. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.ADMIN)
public class AuditService {

    private static final String WHERE = """
            where e.clinic_id = :clinicId
              and (cast(:userId as bigint) is null or e.user_id = :userId)
              and (cast(:action as varchar) is null or e.action = :action)
              and (cast(:fromTime as timestamptz) is null or e.occurred_at >= :fromTime)
              and (cast(:toTime as timestamptz) is null or e.occurred_at < :toTime)
            """;

    private final JdbcClient jdbc;
    private final ClinicCalendar calendar;

    AuditService(JdbcClient jdbc, ClinicCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public List<AuditEntry> entries(AuditFilter filter, int offset, int limit) {
        CurrentUser caller = Caller.require(Role.ADMIN);
        return bind(jdbc.sql("""
                        select e.id, e.occurred_at, e.user_id, u.display_name, u.username, e.action, e.target_type,
                               e.target_id, e.client_address, e.detail,
                               case e.target_type
                                   when 'user' then (select t.display_name from person t
                                                     where t.id = e.target_id and t.clinic_id = e.clinic_id)
                                   when 'plan' then (select r.title from plan_current_revision r
                                                     where r.plan_id = e.target_id and r.clinic_id = e.clinic_id)
                               end as target_name
                        from audit_event e
                        left join person u on u.id = e.user_id
                        """ + WHERE + """
                        order by e.occurred_at desc, e.id desc
                        offset :offset limit :limit"""), caller, filter)
                .param("offset", Math.max(0, offset))
                .param("limit", Math.clamp(limit, 1, 200))
                .query((row, n) -> new AuditEntry(row.getLong("id"), Rows.instant(row, "occurred_at"),
                        Rows.nullableLong(row, "user_id"), row.getString("display_name"), row.getString("username"),
                        action(row.getString("action")), row.getString("target_type"),
                        Rows.nullableLong(row, "target_id"), row.getString("target_name"),
                        row.getString("client_address"), row.getString("detail")))
                .list();
    }

    public int count(AuditFilter filter) {
        CurrentUser caller = Caller.require(Role.ADMIN);
        return bind(jdbc.sql("select count(*) from audit_event e " + WHERE), caller, filter)
                .query(Integer.class).single();
    }

    /** The clinic's people, for the user filter, matching a name or username. */
    public List<AuditPerson> people(String search, int offset, int limit) {
        CurrentUser caller = Caller.require(Role.ADMIN);
        return jdbc.sql("""
                        select id, display_name, username from person
                        where clinic_id = :clinicId
                          and (display_name ilike :pattern escape '\\' or username ilike :pattern escape '\\')
                        order by display_name, id
                        offset :offset limit :limit""")
                .param("clinicId", caller.clinicId())
                .param("pattern", Like.containing(search))
                .param("offset", Math.max(0, offset))
                .param("limit", Math.clamp(limit, 1, 200))
                .query((row, n) -> new AuditPerson(row.getLong(1), row.getString(2), row.getString(3)))
                .list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CurrentUser caller, AuditFilter filter) {
        AuditFilter f = filter == null ? AuditFilter.none() : filter;
        @Nullable ZoneId zone = f.from() == null && f.to() == null ? null : calendar.zone(caller.clinicId());
        return statement
                .param("clinicId", caller.clinicId())
                .param("userId", f.userId(), Types.BIGINT)
                .param("action", f.action() == null ? null : f.action().name(), Types.VARCHAR)
                .param("fromTime", startOf(f.from(), zone), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("toTime", startOf(f.to() == null ? null : f.to().plusDays(1), zone),
                        Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** The start of a day of the clinic's calendar, in UTC as the entries are stored. */
    private static @Nullable OffsetDateTime startOf(@Nullable LocalDate day, @Nullable ZoneId zone) {
        return day == null || zone == null ? null : day.atStartOfDay(zone).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
