package com.stride.log;

import com.stride.base.db.SqlZones;
import com.stride.clinic.ClinicCalendar;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes past sessions of an active plan as if the runner had logged them then, for the demo data:
 * the runner's own service takes only today and yesterday. What a session holds comes from
 * {@code runner_due} (V8), like everywhere else. Acts for the system and checks no caller: never
 * for views (ArchitectureTest).
 */
@Component
public class LogBackfill {

    private final JdbcClient jdbc;
    private final ClinicCalendar calendar;

    LogBackfill(JdbcClient jdbc, ClinicCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Stores the session with every exercise due in it done; false when nothing is due in it that day. */
    public boolean sessionDone(long planId, LocalDate day, int session, @Nullable Integer pain,
                               @Nullable Integer painNextMorning, @Nullable String note, Instant at) {
        // what is due on a day is decided in the plan's clinic's zone, as for the runner's own log
        Long clinicId = jdbc.sql("select clinic_id from active_plan where plan_id = :plan").param("plan", planId)
                .query(Long.class).optional().orElse(null);
        if (clinicId == null) {
            return false;
        }
        String zone = SqlZones.name(calendar.zone(clinicId));
        Long sessionId = jdbc.sql("""
                        insert into session_log (clinic_id, runner_id, plan_id, revision_id, session_date, session_number,
                                                 pain_during, pain_next_morning, note, pain_during_at, pain_morning_at,
                                                 created_at, updated_at)
                        select p.clinic_id, p.runner_id, p.plan_id, due.revision_id, :day, :session, :pain, :morning,
                               :note, :duringAt, :morningAt, :at, :at
                        from active_plan p
                        join (select distinct d.revision_id from runner_due(:plan, :day, :day, :zone) d
                              where d.session_number = :session) due on true
                        where p.plan_id = :plan
                        returning id""")
                .param("day", day)
                .param("session", session)
                .param("pain", pain, Types.INTEGER)
                .param("morning", painNextMorning, Types.INTEGER)
                .param("note", note, Types.VARCHAR)
                .param("duringAt", pain == null ? null : Timestamp.from(at), Types.TIMESTAMP)
                .param("morningAt", painNextMorning == null ? null : Timestamp.from(at), Types.TIMESTAMP)
                .param("at", Timestamp.from(at))
                .param("plan", planId)
                .param("zone", zone)
                .query(Long.class)
                .optional().orElse(null);
        if (sessionId == null) {
            return false;
        }
        jdbc.sql("""
                        insert into exercise_log (session_id, revision_id, plan_item_id, status, created_at, updated_at)
                        select :id, due.revision_id, due.plan_item_id, 'DONE', :at, :at
                        from runner_due(:plan, :day, :day, :zone) due
                        where due.session_number = :session""")
                .param("id", sessionId)
                .param("at", Timestamp.from(at))
                .param("plan", planId)
                .param("day", day)
                .param("zone", zone)
                .param("session", session)
                .update();
        return true;
    }
}
