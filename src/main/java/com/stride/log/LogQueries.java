package com.stride.log;

import static com.stride.base.db.Rows.integer;
import static com.stride.base.db.Rows.localDate;
import static com.stride.base.db.Rows.nullableLong;
import static com.stride.base.db.Rows.strings;

import com.stride.catalogue.Dosage;
import com.stride.catalogue.DosageRows;
import com.stride.catalogue.ExerciseImages;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Logs in plain SQL. Schedules, adherence, streaks and flags are computed by the database (the V6
 * functions), so every page is a fixed number of statements whatever the length of the history.
 * Callers have checked access; every query is scoped to a runner or a plan the caller may see.
 */
@Repository
class LogQueries {

    private static final String SESSION_SELECT = """
            select id, runner_id, plan_id, revision_id, session_date, session_number, pain_during,
                   pain_next_morning, note, version
            from session_log""";

    private final JdbcClient jdbc;

    LogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan item of a day, from either the revision in force that day or one a session was started with. */
    record DayItem(long revisionId, boolean current, boolean due, long planItemId, String name, String imageUrl,
                   List<String> steps, List<String> tips, Dosage dosage) {
    }

    /** A stored session of a day with its entries (one row per entry, or one with no entry). */
    record SessionRow(long id, int number, long revisionId, Integer painDuring, String note, long version,
                      Long planItemId, Entry entry) {
    }

    /** The stored facts of one session, for checks and idempotent saves. */
    record StoredSession(long id, long runnerId, long planId, long revisionId, LocalDate day, int number,
                         Integer painDuring, Integer painNextMorning, String note, long version) {
    }

    Optional<ActivePlan> activePlan(long runnerId) {
        return jdbc.sql("""
                        select p.id, r.title, a.display_name as author, p.start_date
                        from plan p
                        join lateral (
                            select title from plan_revision where plan_id = p.id order by number desc limit 1
                        ) r on true
                        join app_user a on a.id = p.author_id
                        where p.runner_id = :runner and p.status = 'ACTIVE'""")
                .param("runner", runnerId)
                .query((row, n) -> new ActivePlan(row.getLong("id"), row.getString("title"),
                        row.getString("author"), row.getDate("start_date").toLocalDate()))
                .optional();
    }

    /** The runner of a user id, with their clinic; empty when the id is not a runner. */
    Optional<Long> runnerClinic(long runnerId) {
        return jdbc.sql("select clinic_id from app_user where id = :id and role = 'RUNNER'")
                .param("id", runnerId)
                .query(Long.class)
                .optional();
    }

    List<DayItem> dayItems(long planId, LocalDate day, String zone) {
        return jdbc.sql("""
                        with current_revision as (select plan_revision_on(:plan, :day, :zone) as id)
                        select i.revision_id, i.revision_id = (select id from current_revision) as current,
                               item_weekdays(i.days_per_week, i.weekdays)
                                   & (1 << (extract(isodow from cast(:day as date))::integer - 1)) <> 0 as due,
                               i.id, i.exercise_id, e.name, e.steps, e.tips, img.updated_at as image_at,
                               i.sets_min, i.sets_max, i.reps_min, i.reps_max, i.hold_min_s, i.hold_max_s,
                               i.duration_min_s, i.duration_max_s, i.per_side, i.times_per_day_min,
                               i.times_per_day_max, i.days_per_week, i.weekdays, i.rest_s, i.load_text, i.dose_note
                        from plan_item i
                        join exercise e on e.id = i.exercise_id
                        left join exercise_image img on img.exercise_id = e.id
                        where i.revision_id in (
                            select id from current_revision
                            union
                            select revision_id from session_log where plan_id = :plan and session_date = :day)
                          and exists (select 1 from plan p where p.id = :plan and p.status = 'ACTIVE'
                                      and p.start_date <= :day and (p.end_date is null or p.end_date >= :day))
                        order by i.revision_id, i.position""")
                .param("plan", planId)
                .param("day", day)
                .param("zone", zone)
                .query((row, n) -> {
                    Timestamp imageAt = row.getTimestamp("image_at");
                    return new DayItem(row.getLong("revision_id"), row.getBoolean("current"), row.getBoolean("due"),
                            row.getLong("id"), row.getString("name"),
                            ExerciseImages.url(row.getLong("exercise_id"), imageAt == null ? null : imageAt.getTime()),
                            strings(row.getArray("steps")), strings(row.getArray("tips")), DosageRows.read(row));
                })
                .list();
    }

    List<SessionRow> sessionsOn(long planId, LocalDate day) {
        return jdbc.sql("""
                        select s.id, s.session_number, s.revision_id, s.pain_during, s.note, s.version,
                               l.plan_item_id, l.status, l.sets_done, l.effort
                        from session_log s
                        left join exercise_log l on l.session_id = s.id
                        where s.plan_id = :plan and s.session_date = :day
                        order by s.session_number""")
                .param("plan", planId)
                .param("day", day)
                .query((row, n) -> {
                    String status = row.getString("status");
                    String effort = row.getString("effort");
                    Entry entry = status == null ? null : new Entry(EntryStatus.valueOf(status),
                            integer(row, "sets_done"), effort == null ? null : Effort.valueOf(effort));
                    return new SessionRow(row.getLong("id"), row.getInt("session_number"), row.getLong("revision_id"),
                            integer(row, "pain_during"), row.getString("note"), row.getLong("version"),
                            nullableLong(row, "plan_item_id"), entry);
                })
                .list();
    }

    Optional<LocalDate> nextDueDay(long planId, LocalDate after, String zone) {
        return Optional.ofNullable(jdbc.sql("select min(day) as day from plan_due(:plan, :from, :to, :zone)")
                .param("plan", planId)
                .param("from", after.plusDays(1))
                .param("to", after.plusDays(14))
                .param("zone", zone)
                .query((row, n) -> localDate(row, "day"))
                .single());
    }

    Optional<MorningQuestion> morningQuestion(long runnerId, LocalDate today) {
        return jdbc.sql("""
                        with last_day as (
                            select max(s.session_date) as day from session_log s
                            where s.runner_id = :runner
                              and s.session_date between :first and :yesterday
                              and (s.pain_during is not null
                                   or exists (select 1 from exercise_log l where l.session_id = s.id)))
                        select s.id, s.session_date from session_log s
                        where s.runner_id = :runner and s.session_date = (select day from last_day)
                          and not exists (select 1 from session_log o
                                          where o.runner_id = s.runner_id and o.session_date = s.session_date
                                            and (o.pain_next_morning is not null or o.next_morning_declined))
                        order by s.session_number desc
                        limit 1""")
                .param("runner", runnerId)
                .param("first", today.minusDays(LogLimits.MORNING_QUESTION_DAYS))
                .param("yesterday", today.minusDays(1))
                .query((row, n) -> new MorningQuestion(row.getLong("id"), row.getDate("session_date").toLocalDate()))
                .optional();
    }

    Optional<StoredSession> session(long sessionId) {
        return jdbc.sql(SESSION_SELECT + " where id = :id")
                .param("id", sessionId)
                .query(LogQueries::storedSession)
                .optional();
    }

    Optional<StoredSession> session(long planId, LocalDate day, int number) {
        return jdbc.sql(SESSION_SELECT
                        + " where plan_id = :plan and session_date = :day and session_number = :number")
                .param("plan", planId)
                .param("day", day)
                .param("number", number)
                .query(LogQueries::storedSession)
                .optional();
    }

    /** Stores the session if it is not yet (a repeat is a no-op) and returns it. */
    StoredSession ensureSession(long clinicId, long runnerId, long planId, long revisionId, LocalDate day, int number,
                                Instant now) {
        return jdbc.sql("""
                        insert into session_log (clinic_id, runner_id, plan_id, revision_id, session_date,
                                                 session_number, created_at, updated_at)
                        values (:clinic, :runner, :plan, :revision, :day, :number, :now, :now)
                        on conflict (plan_id, session_date, session_number) do update set updated_at = session_log.updated_at
                        returning id, runner_id, plan_id, revision_id, session_date, session_number, pain_during,
                                  pain_next_morning, note, version""")
                .param("clinic", clinicId)
                .param("runner", runnerId)
                .param("plan", planId)
                .param("revision", revisionId)
                .param("day", day)
                .param("number", number)
                .param("now", Timestamp.from(now))
                .query(LogQueries::storedSession)
                .single();
    }

    void upsertEntry(StoredSession session, long planItemId, Entry entry, Instant now) {
        jdbc.sql("""
                        insert into exercise_log (session_id, revision_id, plan_item_id, status, sets_done, effort,
                                                  created_at, updated_at)
                        values (:session, :revision, :item, :status, :sets, :effort, :now, :now)
                        on conflict (session_id, plan_item_id) do update
                            set status = excluded.status, sets_done = excluded.sets_done, effort = excluded.effort,
                                updated_at = excluded.updated_at, version = exercise_log.version + 1
                            where (exercise_log.status, exercise_log.sets_done, exercise_log.effort)
                                  is distinct from (excluded.status, excluded.sets_done, excluded.effort)""")
                .param("session", session.id())
                .param("revision", session.revisionId())
                .param("item", planItemId)
                .param("status", entry.status().name())
                .param("sets", entry.setsDone())
                .param("effort", entry.effort() == null ? null : entry.effort().name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Removes a session left with no entry, pain or note (after an undo), so it does not count as activity. */
    void deleteIfEmpty(long sessionId) {
        jdbc.sql("""
                        delete from session_log s
                        where s.id = :id and s.pain_during is null and s.pain_next_morning is null and s.note is null
                          and not s.next_morning_declined
                          and not exists (select 1 from exercise_log l where l.session_id = s.id)""")
                .param("id", sessionId)
                .update();
    }

    int deleteEntry(long sessionId, long planItemId) {
        return jdbc.sql("delete from exercise_log where session_id = :session and plan_item_id = :item")
                .param("session", sessionId)
                .param("item", planItemId)
                .update();
    }

    /** Writes pain and note if the version still matches; false when someone saved first. */
    boolean updateSession(long sessionId, long version, Integer painDuring, String note, boolean painChanged,
                          Instant now) {
        return jdbc.sql("""
                        update session_log
                        set pain_during = :pain, note = :note, updated_at = :now, version = version + 1,
                            pain_during_at = case when :painChanged then :painAt else pain_during_at end
                        where id = :id and version = :version""")
                .param("pain", painDuring, java.sql.Types.INTEGER)
                .param("note", note)
                .param("now", Timestamp.from(now))
                .param("painChanged", painChanged)
                .param("painAt", painDuring == null ? null : Timestamp.from(now), java.sql.Types.TIMESTAMP)
                .param("id", sessionId)
                .param("version", version)
                .update() == 1;
    }

    void answerMorning(long sessionId, Integer pain, Instant now) {
        jdbc.sql("""
                        update session_log
                        set pain_next_morning = :pain, next_morning_declined = :declined, updated_at = :now,
                            pain_morning_at = :painAt
                        where id = :id""")
                .param("pain", pain, java.sql.Types.INTEGER)
                .param("declined", pain == null)
                .param("painAt", pain == null ? null : Timestamp.from(now), java.sql.Types.TIMESTAMP)
                .param("now", Timestamp.from(now))
                .param("id", sessionId)
                .update();
    }

    List<WeekAdherence> weeks(long planId, LocalDate from, LocalDate to, String zone) {
        return jdbc.sql("""
                        with due as (
                            select day, exercise_id, sum(sessions) as due, max(sessions) as sessions
                            from plan_due(:plan, :from, :to, :zone) group by day, exercise_id),
                        done as (select day, exercise_id, done from plan_done(:plan, :from, :to)),
                        logged as (
                            select s.session_date as day, count(*) as sessions
                            from session_log s
                            where s.plan_id = :plan and s.session_date between :from and :to
                              and exists (select 1 from exercise_log l where l.session_id = s.id)
                            group by 1),
                        exercise_weeks as (
                            select date_trunc('week', due.day)::date as week, sum(due.due) as prescribed,
                                   sum(least(coalesce(done.done, 0), due.due)) as done
                            from due left join done on done.day = due.day and done.exercise_id = due.exercise_id
                            group by 1),
                        session_weeks as (
                            select date_trunc('week', d.day)::date as week, sum(d.sessions) as due,
                                   sum(least(coalesce(logged.sessions, 0), d.sessions)) as logged
                            from (select day, max(sessions) as sessions from due group by day) d
                            left join logged on logged.day = d.day
                            group by 1)
                        select e.week, e.prescribed, e.done, s.due, s.logged
                        from exercise_weeks e join session_weeks s on s.week = e.week
                        order by e.week desc""")
                .param("plan", planId)
                .param("from", from)
                .param("to", to)
                .param("zone", zone)
                .query((row, n) -> new WeekAdherence(row.getDate("week").toLocalDate(), row.getInt("prescribed"),
                        row.getBigDecimal("done"), row.getInt("due"), row.getInt("logged")))
                .list();
    }

    List<SkippedExercise> skipped(long planId, LocalDate from, LocalDate to, String zone, int limit) {
        return jdbc.sql("""
                        with due as (
                            select day, exercise_id, sum(sessions) as due
                            from plan_due(:plan, :from, :to, :zone) group by day, exercise_id),
                        done as (select day, exercise_id, done from plan_done(:plan, :from, :to))
                        select e.name, sum(due.due) as due,
                               round(sum(due.due - least(coalesce(done.done, 0), due.due))) as skipped
                        from due
                        left join done on done.day = due.day and done.exercise_id = due.exercise_id
                        join exercise e on e.id = due.exercise_id
                        group by e.id, e.name
                        having round(sum(due.due - least(coalesce(done.done, 0), due.due))) > 0
                        order by skipped desc, e.name
                        limit :limit""")
                .param("plan", planId)
                .param("from", from)
                .param("to", to)
                .param("zone", zone)
                .param("limit", limit)
                .query((row, n) -> new SkippedExercise(row.getString("name"), row.getInt("skipped"),
                        row.getInt("due")))
                .list();
    }

    /** Consecutive due days, newest first, with something done; today counts only once something is done. */
    int streak(long planId, LocalDate from, LocalDate today, String zone) {
        return jdbc.sql("""
                        with days as (select distinct day from plan_due(:plan, :from, :today, :zone)),
                        active as (
                            select distinct s.session_date as day from session_log s
                            where s.plan_id = :plan and s.session_date between :from and :today
                              and exists (select 1 from exercise_log l where l.session_id = s.id)),
                        marked as (
                            select d.day, a.day is not null as done
                            from days d left join active a on a.day = d.day
                            where d.day < :today or a.day is not null),
                        runs as (
                            select done, sum(case when done then 0 else 1 end) over (order by day desc) as misses
                            from marked)
                        select count(*) from runs where misses = 0""")
                .param("plan", planId)
                .param("from", from)
                .param("today", today)
                .param("zone", zone)
                .query(Integer.class)
                .single();
    }

    List<PainPoint> pain(long runnerId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select session_date, max(pain_during) as during, max(pain_next_morning) as morning
                        from session_log
                        where runner_id = :runner and session_date between :from and :to
                          and (pain_during is not null or pain_next_morning is not null)
                        group by session_date
                        order by session_date""")
                .param("runner", runnerId)
                .param("from", from)
                .param("to", to)
                .query((row, n) -> new PainPoint(row.getDate("session_date").toLocalDate(), integer(row, "during"),
                        integer(row, "morning")))
                .list();
    }

    List<Flag> flags(long runnerId, LocalDate today) {
        return jdbc.sql("select kind, raised_at, pain, on_day from runner_flags(:runner, :today) order by kind")
                .param("runner", runnerId)
                .param("today", today)
                .query((row, n) -> new Flag(FlagKind.valueOf(row.getString("kind")),
                        row.getTimestamp("raised_at").toInstant(), integer(row, "pain"), localDate(row, "on_day")))
                .list();
    }

    void markSeen(long runnerId, FlagKind kind, Instant raisedAt, long seenBy, Instant now) {
        jdbc.sql("""
                        insert into runner_flag_seen (runner_id, kind, seen_through, seen_by, seen_at)
                        values (:runner, :kind, :through, :by, :now)
                        on conflict (runner_id, kind) do update
                            set seen_through = greatest(runner_flag_seen.seen_through, excluded.seen_through),
                                seen_by = excluded.seen_by, seen_at = excluded.seen_at""")
                .param("runner", runnerId)
                .param("kind", kind.name())
                .param("through", Timestamp.from(raisedAt))
                .param("by", seenBy)
                .param("now", Timestamp.from(now))
                .update();
    }

    List<SessionNote> notes(long runnerId, int offset, int limit) {
        return jdbc.sql("""
                        select session_date, session_number, pain_during, pain_next_morning, note
                        from session_log
                        where runner_id = :runner and note is not null
                        order by session_date desc, session_number desc
                        offset :offset limit :limit""")
                .param("runner", runnerId)
                .param("offset", offset)
                .param("limit", limit)
                .query((row, n) -> new SessionNote(row.getDate("session_date").toLocalDate(),
                        row.getInt("session_number"), integer(row, "pain_during"), integer(row, "pain_next_morning"),
                        row.getString("note")))
                .list();
    }

    int countNotes(long runnerId) {
        return jdbc.sql("select count(*) from session_log where runner_id = :runner and note is not null")
                .param("runner", runnerId)
                .query(Integer.class)
                .single();
    }

    List<DaySummary> days(long runnerId, int offset, int limit) {
        return jdbc.sql("""
                        select s.session_date,
                               sum((select count(*) from exercise_log l where l.session_id = s.id
                                    and l.status = 'DONE')) as done,
                               sum((select count(*) from exercise_log l where l.session_id = s.id
                                    and l.status = 'PARTIAL')) as partial,
                               max(s.pain_during) as during, max(s.pain_next_morning) as morning,
                               string_agg(s.note, ' · ' order by s.session_number) as notes
                        from session_log s
                        where s.runner_id = :runner
                        group by s.session_date
                        order by s.session_date desc
                        offset :offset limit :limit""")
                .param("runner", runnerId)
                .param("offset", offset)
                .param("limit", limit)
                .query((row, n) -> new DaySummary(row.getDate("session_date").toLocalDate(), row.getInt("done"),
                        row.getInt("partial"), integer(row, "during"), integer(row, "morning"),
                        row.getString("notes")))
                .list();
    }

    int countDays(long runnerId) {
        return jdbc.sql("select count(distinct session_date) from session_log where runner_id = :runner")
                .param("runner", runnerId)
                .query(Integer.class)
                .single();
    }

    private static StoredSession storedSession(ResultSet row, int n) throws SQLException {
        return new StoredSession(row.getLong("id"), row.getLong("runner_id"), row.getLong("plan_id"),
                row.getLong("revision_id"), row.getDate("session_date").toLocalDate(), row.getInt("session_number"),
                integer(row, "pain_during"), integer(row, "pain_next_morning"), row.getString("note"),
                row.getLong("version"));
    }
}
