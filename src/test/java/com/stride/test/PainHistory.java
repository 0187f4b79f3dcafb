package com.stride.test;

import com.stride.log.LogBackfill;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a hand-made history for Priya: a daily plan started weeks ago, and sessions on chosen days
 * (days before today) with pain during and the next morning, every exercise due done. Each new
 * history first removes the previous one's logs, so that cases do not mix.
 */
public final class PainHistory {

    private final JdbcTemplate jdbc;
    private final LogBackfill backfill;
    private final Clock clock;
    private final long planId;

    private PainHistory(JdbcTemplate jdbc, LogBackfill backfill, Clock clock, long planId) {
        this.jdbc = jdbc;
        this.backfill = backfill;
        this.clock = clock;
        this.planId = planId;
    }

    /** Priya's active plan of the given items, from 40 days ago, with no logs yet. */
    public static PainHistory start(PlanService plans, JdbcTemplate jdbc, LogBackfill backfill, Clock clock,
                                    List<PlanItemDraft> items) {
        long priya = TestApplication.userId("runner.priya");
        jdbc.update("delete from exercise_log where session_id in (select id from session_log where runner_id = ?)", priya);
        jdbc.update("delete from session_log where runner_id = ?", priya);
        jdbc.update("delete from runner_flag_seen where runner_id = ?", priya);
        PlanDetails plan = SignIn.as("pt.maya", () -> {
            PlanDetails draft = plans.createDraft(priya, new PlanDraft("Strength", null,
                    LocalDate.now(clock).minusDays(40), null, items));
            return plans.activate(draft.id(), draft.version(), true);
        });
        return new PainHistory(jdbc, backfill, clock, plan.id());
    }

    public long planId() {
        return planId;
    }

    /** A session {@code daysAgo} days before today (0: today), every exercise done. */
    public PainHistory day(int daysAgo, @Nullable Integer during, @Nullable Integer nextMorning) {
        LocalDate day = LocalDate.now(clock).minusDays(daysAgo);
        // in the evening, the morning answer the day after (for today: now)
        java.time.Instant at = daysAgo == 0 ? clock.instant()
                : day.atTime(18, 0).atZone(clock.getZone()).toInstant();
        if (!backfill.sessionDone(planId, day, 1, during, nextMorning, null, at)) {
            throw new IllegalStateException("nothing due on " + day);
        }
        return this;
    }

    public PainHistory day(int daysAgo, @Nullable Integer during) {
        return day(daysAgo, during, null);
    }

    /** The same score during sessions on each of the days. */
    public PainHistory days(int fromDaysAgo, int toDaysAgo, int during) {
        for (int daysAgo = fromDaysAgo; daysAgo >= toDaysAgo; daysAgo--) {
            day(daysAgo, during);
        }
        return this;
    }

    /** The runner's "how did it feel" for an exercise in the session {@code daysAgo}. */
    public PainHistory rated(int daysAgo, long exerciseId, String effort) {
        jdbc.update("""
                update exercise_log l set effort = ?
                from session_log s, plan_item i
                where s.id = l.session_id and i.id = l.plan_item_id and s.plan_id = ? and s.session_date = ?
                  and i.exercise_id = ?""", effort, planId, LocalDate.now(clock).minusDays(daysAgo), exerciseId);
        return this;
    }

    /** Warning signs ticked for the session {@code daysAgo}. */
    public PainHistory signs(int daysAgo, String... signs) {
        jdbc.update("""
                update session_log set warning_signs = ?::text[], warning_signs_at = updated_at
                where plan_id = ? and session_date = ?""", "{" + String.join(",", signs) + "}", planId,
                LocalDate.now(clock).minusDays(daysAgo));
        return this;
    }
}
