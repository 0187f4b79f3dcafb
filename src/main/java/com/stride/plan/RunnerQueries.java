package com.stride.plan;

import com.stride.catalogue.StockText;
import static com.stride.base.db.Rows.instant;
import static com.stride.base.db.Rows.localDate;
import static com.stride.base.db.Rows.nullableLong;
import static com.stride.base.db.Rows.strings;

import com.stride.base.db.Like;
import com.stride.log.FlagKind;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runners list and a runner's plans, in plain SQL: each page is a fixed number of statements
 * whatever the number of runners. People come from the account feature's {@code person} view and
 * flags and last logs from the log feature's functions (V8). Every query is scoped to a clinic.
 */
@Repository
class RunnerQueries {

    /** The clinic's runners, those linked to the PT when one is given, matching the search. */
    private static final String WHERE = """
            where u.clinic_id = :clinicId and u.role = 'RUNNER'
              and (cast(:therapistId as bigint) is null or exists (
                  select 1 from therapist_runner l where l.runner_id = u.id and l.therapist_id = :therapistId))
            """;
    private static final String MATCHING = """
              and (lower(u.display_name) like :pattern escape '\\' or u.username like :pattern escape '\\')
            """;

    private final JdbcClient jdbc;

    RunnerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the clinic's runners, with their flags as of {@code today} and their last log; only
     * those linked to {@code therapistId} unless it is null.
     */
    List<RunnerRow> runners(long clinicId, @Nullable Long therapistId, String search, LocalDate today, String zone,
                            int offset, int limit) {
        // The page's ids first, walking the name index (V9) in its order; plans, flags and the last
        // log only for the rows on screen, so that a page deep in a large clinic costs little more
        // than the first one.
        return bind(jdbc.sql("""
                        with page as materialized (
                            select u.id, u.display_name from person u
                            """ + where(search) + """
                            order by lower(u.display_name), u.id
                            offset :offset limit :limit)
                        select u.id, u.display_name, p.plan_id, p.title, p.start_date,
                               runner_last_logged_at(u.id) as last_log,
                               array(select f.kind from runner_flags(u.id, :today, :zone) f) as flags
                        from page u
                        left join active_plan p on p.runner_id = u.id
                        order by lower(u.display_name), u.id"""), clinicId, therapistId, search)
                .param("today", today)
                .param("zone", zone)
                .param("offset", offset)
                .param("limit", limit)
                .query((row, n) -> new RunnerRow(row.getLong("id"), row.getString("display_name"),
                        nullableLong(row, "plan_id"), StockText.taken(row.getString("title")),
                        localDate(row, "start_date"),
                        instant(row, "last_log"), strings(row.getArray("flags")).stream().map(FlagKind::valueOf)
                                .sorted().toList()))
                .list();
    }

    int countRunners(long clinicId, @Nullable Long therapistId, String search) {
        return bind(jdbc.sql("select count(*) from person u " + where(search)), clinicId, therapistId, search)
                .query(Integer.class)
                .single();
    }

    Optional<RunnerCard> runner(long clinicId, long runnerId) {
        return jdbc.sql("""
                        select id, display_name, email, active from person
                        where id = :id and clinic_id = :clinicId and role = 'RUNNER'""")
                .param("id", runnerId)
                .param("clinicId", clinicId)
                .query((row, n) -> new RunnerCard(row.getLong("id"), row.getString("display_name"),
                        row.getString("email"), row.getBoolean("active")))
                .optional();
    }

    List<PlanSummary> plansOf(long clinicId, long runnerId) {
        return jdbc.sql("""
                        select p.id, r.title, p.status, p.start_date, p.end_date, r.number, p.updated_at,
                               (select count(*) from plan_item i where i.revision_id = r.revision_id) as items
                        from plan p
                        join plan_current_revision r on r.plan_id = p.id
                        where p.runner_id = :runnerId and p.clinic_id = :clinicId
                        order by case p.status when 'ACTIVE' then 0 when 'DRAFT' then 1 else 2 end,
                                 p.start_date desc, p.id desc""")
                .param("runnerId", runnerId)
                .param("clinicId", clinicId)
                .query((row, n) -> new PlanSummary(row.getLong("id"), StockText.taken(row.getString("title")),
                        PlanStatus.valueOf(row.getString("status")), localDate(row, "start_date"),
                        localDate(row, "end_date"), row.getInt("number"), row.getInt("items"),
                        instant(row, "updated_at")))
                .list();
    }

    private static String where(String search) {
        return search.isBlank() ? WHERE : WHERE + MATCHING;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, long clinicId,
                                                 @Nullable Long therapistId, String search) {
        return statement
                .param("clinicId", clinicId)
                .param("therapistId", therapistId, Types.BIGINT)
                .param("pattern", Like.containing(search));
    }
}
