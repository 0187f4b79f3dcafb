package com.stride.plan;

import static com.stride.base.db.Rows.integer;

import com.stride.catalogue.DosageRows;
import com.stride.plan.Suggestion.Direction;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the progression rule reads: each current item's evidence over a window (from the log
 * feature's plan_exercise_log, V14) and the PT's dismissals. A fixed number of statements whatever
 * the length of the history; callers have checked access.
 */
@Repository
class SuggestionQueries {

    /**
     * Per item of the current revision: the revisions in which its exercise had the same dose
     * without a break up to now (a dose change starts the evidence again), then what was logged
     * under them in the window.
     */
    private static final String EVIDENCE = """
            with cur as (
                select i.id, i.exercise_id, c.number, %1$s
                from plan_current_revision c
                join plan_item i on i.revision_id = c.revision_id
                where c.plan_id = :plan),
            changed as (
                select cur.id as item_id,
                       coalesce((select max(o.number) from plan_revision o
                                 where o.plan_id = :plan and o.number < cur.number
                                   and not exists (
                                       select 1 from plan_item p
                                       where p.revision_id = o.id and p.exercise_id = cur.exercise_id
                                         and row(%2$s) is not distinct from row(%3$s))), 0) as number
                from cur),
            same as (
                select ch.item_id, r.id as revision_id, r.number, r.created_at
                from changed ch
                join cur on cur.id = ch.item_id
                join plan_revision r on r.plan_id = :plan and r.number > ch.number and r.number <= cur.number),
            -- the first revision is in force from the plan's start, whenever it was written
            since as (
                select item_id, case when min(number) = 1 then cast(:from as date)
                                     else cast(min(created_at) at time zone :zone as date) end as day
                from same group by item_id),
            -- once for the plan, not once per item
            logged as materialized (
                select g.*, s.item_id
                from plan_exercise_log(:plan, :from, :today, :zone) g
                join same s on s.revision_id = g.revision_id)
            select cur.id,
                   greatest(cast(:from as date), since.day) as from_day,
                   count(g.day) filter (where g.day < :today or g.started) as due,
                   coalesce(sum(g.done), 0) as done,
                   count(*) filter (where g.done > 0) as sessions_done,
                   count(g.pain_during) as pain_scores,
                   max(g.pain_during) as max_pain,
                   min(g.pain_during) as min_pain,
                   count(*) filter (where g.pain_next_morning is not null and g.pain_during is not null) as mornings,
                   count(*) filter (where g.pain_next_morning - g.pain_during >= :worse) as mornings_worse,
                   count(*) filter (where g.effort = 'PAINFUL') as painful,
                   max(g.logged_at) as last_logged
            from cur
            join since on since.item_id = cur.id
            left join logged g on g.item_id = cur.id and g.exercise_id = cur.exercise_id
            group by cur.id, since.day""";

    private final JdbcClient jdbc;

    SuggestionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, ItemEvidence> evidence(long planId, LocalDate from, LocalDate today, String zone, int worsePoints) {
        Map<Long, ItemEvidence> evidence = new HashMap<>();
        jdbc.sql(EVIDENCE.formatted(DosageRows.columns("i"), DosageRows.columns("p"), DosageRows.columns("cur")))
                .param("plan", planId)
                .param("from", from)
                .param("today", today)
                .param("zone", zone)
                .param("worse", worsePoints)
                .query((row, n) -> {
                    Timestamp last = row.getTimestamp("last_logged");
                    evidence.put(row.getLong("id"), new ItemEvidence(row.getDate("from_day").toLocalDate(), today,
                            row.getInt("due"), row.getDouble("done"), row.getInt("sessions_done"),
                            row.getInt("pain_scores"), integer(row, "max_pain"), integer(row, "min_pain"),
                            row.getInt("mornings"), row.getInt("mornings_worse"), row.getInt("painful"),
                            last == null ? null : last.toInstant()));
                    return null;
                })
                .list();
        return evidence;
    }

    record Dismissal(long exerciseId, Direction direction) {
    }

    /** When the PT last dismissed each kind of suggestion for each exercise of the plan. */
    Map<Dismissal, Instant> dismissals(long planId) {
        Map<Dismissal, Instant> dismissals = new HashMap<>();
        jdbc.sql("""
                        select exercise_id, direction, max(decided_at) as decided_at
                        from plan_suggestion_decision
                        where plan_id = :plan and decision = 'DISMISSED'
                        group by exercise_id, direction""")
                .param("plan", planId)
                .query((row, n) -> dismissals.put(new Dismissal(row.getLong("exercise_id"),
                        Direction.valueOf(row.getString("direction"))), row.getTimestamp("decided_at").toInstant()))
                .list();
        return dismissals;
    }

    void decide(long planId, long exerciseId, Direction direction, String decision, @Nullable Integer revision,
                long decidedBy, Instant now) {
        jdbc.sql("""
                        insert into plan_suggestion_decision
                            (plan_id, exercise_id, direction, decision, revision, decided_by, decided_at)
                        values (:plan, :exercise, :direction, :decision, :revision, :by, :now)""")
                .param("plan", planId)
                .param("exercise", exerciseId)
                .param("direction", direction.name())
                .param("decision", decision)
                .param("revision", revision, java.sql.Types.INTEGER)
                .param("by", decidedBy)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The runner's active plan in the clinic, if any. */
    Optional<Long> activePlan(long clinicId, long runnerId) {
        return jdbc.sql("select plan_id from active_plan where runner_id = :runner and clinic_id = :clinic")
                .param("runner", runnerId)
                .param("clinic", clinicId)
                .query(Long.class)
                .optional();
    }
}
