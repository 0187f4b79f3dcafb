package com.stride.plan;

import static com.stride.base.db.Rows.instant;
import static com.stride.base.db.Rows.localDate;
import static com.stride.base.db.Rows.nullableLong;
import static com.stride.base.db.Rows.strings;

import com.stride.catalogue.Category;
import com.stride.catalogue.DosageRows;
import com.stride.catalogue.ExerciseImages;
import com.stride.log.FlagKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of plans, in plain SQL: each page or plan is a fixed number of statements whatever
 * the number of runners, plans or items. Callers have already checked access; every query is also
 * scoped to the caller's clinic.
 */
@Repository
class PlanQueries {

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plan header facts needed for access checks and display. */
    record Header(long id, long version, long clinicId, long runnerId, String runnerName, String clinicName,
                  PlanStatus status, LocalDate startDate, LocalDate endDate) {
    }

    /** A revision's own facts. */
    record RevisionMeta(long id, int number, int latestNumber, String title, String goal, String authorName,
                        Instant createdAt) {
    }

    private static final String LINKED = """
            (cast(:therapistId as bigint) is null or exists (
                select 1 from runner_therapist l where l.runner_id = u.id and l.therapist_id = :therapistId))""";

    /**
     * A page of the clinic's runners, with their flags as of {@code today} and their last log; only
     * those linked to {@code therapistId} unless it is null.
     */
    List<RunnerRow> runners(long clinicId, Long therapistId, String search, LocalDate today, int offset, int limit) {
        return jdbc.sql("""
                        select u.id, u.display_name, p.id as plan_id, r.title, p.start_date,
                               (select s.updated_at from session_log s where s.runner_id = u.id
                                order by s.session_date desc, s.session_number desc limit 1) as last_log,
                               array(select f.kind from runner_flags(u.id, :today) f order by f.kind) as flags
                        from app_user u
                        left join plan p on p.runner_id = u.id and p.status = 'ACTIVE'
                        left join lateral (
                            select title from plan_revision where plan_id = p.id order by number desc limit 1
                        ) r on true
                        where u.clinic_id = :clinicId and u.role = 'RUNNER' and %s and %s
                        order by lower(u.display_name), u.id
                        offset :offset limit :limit""".formatted(searchCondition(search), LINKED))
                .param("clinicId", clinicId)
                .param("therapistId", therapistId, java.sql.Types.BIGINT)
                .param("pattern", pattern(search))
                .param("today", today)
                .param("offset", offset)
                .param("limit", limit)
                .query((row, n) -> new RunnerRow(row.getLong("id"), row.getString("display_name"),
                        nullableLong(row, "plan_id"), row.getString("title"), localDate(row, "start_date"),
                        instant(row, "last_log"), strings(row.getArray("flags")).stream().map(FlagKind::valueOf)
                                .toList()))
                .list();
    }

    int countRunners(long clinicId, Long therapistId, String search) {
        return jdbc.sql("select count(*) from app_user u where u.clinic_id = :clinicId and u.role = 'RUNNER' and "
                        + searchCondition(search) + " and " + LINKED)
                .param("clinicId", clinicId)
                .param("therapistId", therapistId, java.sql.Types.BIGINT)
                .param("pattern", pattern(search))
                .query(Integer.class)
                .single();
    }

    Optional<RunnerCard> runner(long clinicId, long runnerId) {
        return jdbc.sql("""
                        select id, display_name, email, active from app_user
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
                               (select count(*) from plan_item i where i.revision_id = r.id) as items
                        from plan p
                        join lateral (
                            select id, number, title from plan_revision where plan_id = p.id order by number desc limit 1
                        ) r on true
                        where p.runner_id = :runnerId and p.clinic_id = :clinicId
                        order by case p.status when 'ACTIVE' then 0 when 'DRAFT' then 1 else 2 end,
                                 p.start_date desc, p.id desc""")
                .param("runnerId", runnerId)
                .param("clinicId", clinicId)
                .query((row, n) -> new PlanSummary(row.getLong("id"), row.getString("title"),
                        PlanStatus.valueOf(row.getString("status")), localDate(row, "start_date"),
                        localDate(row, "end_date"), row.getInt("number"), row.getInt("items"),
                        instant(row, "updated_at")))
                .list();
    }

    Optional<Header> header(long planId) {
        return jdbc.sql("""
                        select p.id, p.version, p.clinic_id, p.runner_id, u.display_name as runner_name,
                               c.name as clinic_name, p.status, p.start_date, p.end_date
                        from plan p
                        join app_user u on u.id = p.runner_id
                        join clinic c on c.id = p.clinic_id
                        where p.id = :id""")
                .param("id", planId)
                .query((row, n) -> new Header(row.getLong("id"), row.getLong("version"), row.getLong("clinic_id"),
                        row.getLong("runner_id"), row.getString("runner_name"), row.getString("clinic_name"),
                        PlanStatus.valueOf(row.getString("status")), localDate(row, "start_date"),
                        localDate(row, "end_date")))
                .optional();
    }

    /** The given revision, or the newest when {@code number} is null. */
    Optional<RevisionMeta> revision(long planId, Integer number) {
        return jdbc.sql("""
                        select r.id, r.number, r.title, r.goal, r.created_at, u.display_name as author,
                               (select max(number) from plan_revision where plan_id = :planId) as latest
                        from plan_revision r
                        join app_user u on u.id = r.author_id
                        where r.plan_id = :planId
                          and r.number = coalesce(:number, (select max(number) from plan_revision where plan_id = :planId))""")
                .param("planId", planId)
                .param("number", number)
                .query((row, n) -> new RevisionMeta(row.getLong("id"), row.getInt("number"), row.getInt("latest"),
                        row.getString("title"), row.getString("goal"), row.getString("author"),
                        instant(row, "created_at")))
                .optional();
    }

    List<PlanItemView> items(long revisionId) {
        return jdbc.sql("""
                        select i.id, i.exercise_id, e.name, e.category, e.one_side, e.archived_at is not null as archived,
                               e.steps, e.tips, img.updated_at as image_at,
                               i.sets_min, i.sets_max, i.reps_min, i.reps_max, i.hold_min_s, i.hold_max_s,
                               i.duration_min_s, i.duration_max_s, i.per_side, i.times_per_day_min,
                               i.times_per_day_max, i.days_per_week, i.weekdays, i.rest_s, i.load_text, i.dose_note
                        from plan_item i
                        join exercise e on e.id = i.exercise_id
                        left join exercise_image img on img.exercise_id = e.id
                        where i.revision_id = :revisionId
                        order by i.position""")
                .param("revisionId", revisionId)
                .query((row, n) -> {
                    Timestamp imageAt = row.getTimestamp("image_at");
                    return new PlanItemView(row.getLong("id"), row.getLong("exercise_id"), row.getString("name"),
                            Category.valueOf(row.getString("category")), row.getBoolean("one_side"),
                            row.getBoolean("archived"), strings(row.getArray("steps")),
                            strings(row.getArray("tips")),
                            ExerciseImages.url(row.getLong("exercise_id"), imageAt == null ? null : imageAt.getTime()),
                            DosageRows.read(row));
                })
                .list();
    }

    List<RevisionSummary> revisions(long planId) {
        return jdbc.sql("""
                        select r.number, r.title, r.created_at, u.display_name as author,
                               (select count(*) from plan_item i where i.revision_id = r.id) as items
                        from plan_revision r
                        join app_user u on u.id = r.author_id
                        where r.plan_id = :planId
                        order by r.number desc""")
                .param("planId", planId)
                .query((row, n) -> new RevisionSummary(row.getInt("number"), row.getString("title"),
                        instant(row, "created_at"), row.getString("author"), row.getInt("items")))
                .list();
    }

    List<TemplateSummary> templates(long clinicId) {
        return jdbc.sql("""
                        select t.id, t.name, t.description, t.clinic_id is null as stock,
                               (select count(*) from plan_template_item i where i.template_id = t.id) as items
                        from plan_template t
                        where t.clinic_id is null or t.clinic_id = :clinicId
                        order by t.clinic_id nulls first, lower(t.name)""")
                .param("clinicId", clinicId)
                .query((row, n) -> new TemplateSummary(row.getLong("id"), row.getString("name"),
                        row.getString("description"), row.getBoolean("stock"), row.getInt("items")))
                .list();
    }

    /** Exercises a plan may use, with whether each is archived: the caller's clinic's or stock ones. */
    List<long[]> usableExercises(long clinicId, Set<Long> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, case when archived_at is null then 0 else 1 end as archived from exercise
                        where id = any(string_to_array(:ids, ',')::bigint[])
                          and (clinic_id is null or clinic_id = :clinicId)""")
                .param("ids", String.join(",", exerciseIds.stream().map(String::valueOf).toList()))
                .param("clinicId", clinicId)
                .query((row, n) -> new long[] {row.getLong("id"), row.getLong("archived")})
                .list();
    }

    private static String searchCondition(String search) {
        return search.isBlank() ? "true"
                : "(lower(u.display_name) like :pattern escape '\\' or u.username like :pattern escape '\\')";
    }

    private static String pattern(String search) {
        return com.stride.base.db.Like.containing(search);
    }
}
