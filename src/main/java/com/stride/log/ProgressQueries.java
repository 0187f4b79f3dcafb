package com.stride.log;

import com.stride.catalogue.StockText;
import static com.stride.base.db.Rows.integer;
import static com.stride.base.db.Rows.localDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A runner's progress in plain SQL, for the runner's History and the PT's runner page: adherence,
 * streak, skipped exercises, the pain trend, flags, notes and past days. What was due comes from
 * {@code runner_due} (V8), so every page is a fixed number of statements whatever the length of the
 * history. Callers have checked access; every query is scoped to a runner or a plan.
 */
@Repository
class ProgressQueries {

    /**
     * Each exercise due in each session, with the share of it that was done (log_share, V6): the
     * one join of what was due with what was logged, for adherence and "skipped most".
     */
    private static final String SHARES = """
            with due as (select * from runner_due(:plan, :from, :to, :zone)),
            entries as (
                select s.session_date, s.session_number, l.plan_item_id, l.status, l.sets_done
                from session_log s
                join exercise_log l on l.session_id = s.id
                where s.plan_id = :plan and s.session_date between :from and :to),
            shares as (
                select due.day, due.session_number, due.exercise_id,
                       case when e.status is null then 0  -- nothing logged (log_share would count it whole)
                            else log_share(e.status, e.sets_done, due.sets_target) end as done
                from due
                left join entries e on e.session_date = due.day and e.session_number = due.session_number
                                   and e.plan_item_id = due.plan_item_id)
            """;

    /** Per week of the rows in {@code shown}: exercises prescribed and done, sessions due and logged. */
    private static final String WEEKS = """
            , sessions as (
                select day, session_number, bool_or(done > 0) as logged
                from shown group by day, session_number),
            exercise_weeks as (
                select date_trunc('week', day)::date as week, count(*) as prescribed, sum(done) as done
                from shown group by 1),
            session_weeks as (
                select date_trunc('week', day)::date as week, count(*) as due,
                       count(*) filter (where logged) as logged
                from sessions group by 1)
            """;

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clinic of a runner; empty when the id is not a runner. */
    Optional<Long> runnerClinic(long runnerId) {
        return jdbc.sql("select clinic_id from person where id = :id and role = 'RUNNER'")
                .param("id", runnerId)
                .query(Long.class)
                .optional();
    }

    List<WeekAdherence> weeks(long planId, LocalDate from, LocalDate to, String zone) {
        return jdbc.sql(SHARES + ", shown as (select * from shares)" + WEEKS + """
                        select e.week, e.prescribed, e.done, s.due, s.logged
                        from exercise_weeks e join session_weeks s on s.week = e.week
                        order by e.week desc""")
                .param("plan", planId)
                .param("from", from)
                .param("to", to)
                .param("zone", zone)
                .query((row, n) -> week(row))
                .list();
    }

    private static WeekAdherence week(ResultSet row) throws SQLException {
        return new WeekAdherence(row.getDate("week").toLocalDate(), row.getInt("prescribed"), row.getBigDecimal("done"),
                row.getInt("due"), row.getInt("logged"));
    }

    /** Adherence per week and the most skipped exercises, from one pass over what was due and done. */
    record AdherenceAndSkipped(List<WeekAdherence> weeks, List<SkippedExercise> skipped) {
    }

    /**
     * Adherence per week (as {@link #weeks}) and the exercises skipped most since the plan began, in
     * one statement for the PT's page: the two windows overlap, and working out what was due and what
     * was done is the cost of both (issue 14, at 10,000 runners).
     */
    AdherenceAndSkipped adherenceAndSkipped(long planId, LocalDate firstWeek, LocalDate planStart, LocalDate today,
                                            String zone, int limit) {
        List<WeekAdherence> weeks = new ArrayList<>();
        List<SkippedExercise> skipped = new ArrayList<>();
        jdbc.sql(SHARES + ", shown as (select * from shares where day >= :firstWeek)" + WEEKS + """
                        , most_skipped as (
                            select e.name, e.illustration, count(*) as due, round(sum(1 - s.done)) as skipped
                            from shares s
                            join exercise_card e on e.id = s.exercise_id
                            where s.day between :planStart and :yesterday
                            group by e.id, e.name, e.illustration
                            having round(sum(1 - s.done)) > 0
                            order by skipped desc, e.name
                            limit :limit)
                        select 1 as part, e.week, e.prescribed, e.done, s.due, s.logged, null as name,
                               null as illustration, null::numeric as skipped
                        from exercise_weeks e join session_weeks s on s.week = e.week
                        union all
                        select 2, null, null, null, m.due, null, m.name, m.illustration, m.skipped from most_skipped m
                        order by part, week desc, skipped desc, name""")
                .param("plan", planId)
                .param("from", firstWeek.isBefore(planStart) ? firstWeek : planStart)
                .param("to", today)
                .param("firstWeek", firstWeek)
                .param("planStart", planStart)
                .param("yesterday", today.minusDays(1))
                .param("zone", zone)
                .param("limit", limit)
                .query(row -> {
                    if (row.getInt("part") == 1) {
                        weeks.add(week(row));
                    } else {
                        skipped.add(new SkippedExercise(
                                StockText.name(row.getString("illustration"), row.getString("name")), row.getInt("skipped"),
                                row.getInt("due")));
                    }
                });
        return new AdherenceAndSkipped(List.copyOf(weeks), List.copyOf(skipped));
    }

    /** Consecutive due days, newest first, with something done; today counts only once something is done. */
    int streak(long planId, LocalDate from, LocalDate today, String zone) {
        return jdbc.sql("""
                        with days as (select distinct day from runner_due(:plan, :from, :today, :zone)),
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

    List<Flag> flags(long runnerId, LocalDate today, String zone) {
        return jdbc.sql("""
                        select kind, raised_at, pain, on_day, recent, compared, samples, detail
                        from runner_flags(:runner, :today, :zone)""")
                .param("runner", runnerId)
                .param("today", today)
                .param("zone", zone)
                .query((row, n) -> new Flag(FlagKind.valueOf(row.getString("kind")),
                        row.getTimestamp("raised_at").toInstant(), integer(row, "pain"), localDate(row, "on_day"),
                        row.getBigDecimal("recent"), row.getBigDecimal("compared"), integer(row, "samples"),
                        row.getString("detail")))
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

    /** The runner's session notes, newest first; {@code limit} and {@code offset} page them. */
    List<SessionNote> notes(long runnerId, int offset, int limit) {
        return page("""
                        select session_date, session_number, pain_during, pain_next_morning, note
                        from session_log
                        where runner_id = :runner and note is not null
                        order by session_date desc, session_number desc""", runnerId, offset, limit,
                (row, n) -> new SessionNote(row.getDate("session_date").toLocalDate(), row.getInt("session_number"),
                        integer(row, "pain_during"), integer(row, "pain_next_morning"), row.getString("note")));
    }

    int countNotes(long runnerId) {
        return jdbc.sql("select count(*) from session_log where runner_id = :runner and note is not null")
                .param("runner", runnerId)
                .query(Integer.class)
                .single();
    }

    /** Past days with anything logged, newest first, each summed over its sessions. */
    List<DaySummary> days(long runnerId, int offset, int limit) {
        return page("""
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
                        order by s.session_date desc""", runnerId, offset, limit,
                (row, n) -> new DaySummary(row.getDate("session_date").toLocalDate(), row.getInt("done"),
                        row.getInt("partial"), integer(row, "during"), integer(row, "morning"),
                        row.getString("notes")));
    }

    int countDays(long runnerId) {
        return jdbc.sql("select count(distinct session_date) from session_log where runner_id = :runner")
                .param("runner", runnerId)
                .query(Integer.class)
                .single();
    }

    /** One page of a runner's rows, in the query's own order. */
    private <T> List<T> page(String sql, long runnerId, int offset, int limit, RowMapper<T> mapper) {
        return jdbc.sql(sql + "\noffset :offset limit :limit")
                .param("runner", runnerId)
                .param("offset", offset)
                .param("limit", limit)
                .query(mapper)
                .list();
    }
}
