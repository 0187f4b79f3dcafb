package com.stride.plan;

import static com.stride.base.db.Rows.instant;
import static com.stride.base.db.Rows.integer;
import static com.stride.base.db.Rows.localDate;
import static com.stride.base.db.Rows.strings;

import com.stride.catalogue.StockText;
import com.stride.i18n.Language;
import com.stride.catalogue.Category;
import com.stride.catalogue.DosageRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of plans, in plain SQL: each plan is a fixed number of statements whatever the
 * number of plans or items. Names come from the account feature's {@code person} view and exercises
 * from the catalogue's {@code exercise_card} (through {@code plan_item_detail}, V8). Callers have
 * already checked access.
 */
@Repository
class PlanQueries {

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plan header facts needed for access checks and display. */
    record Header(long id, long version, long clinicId, long runnerId, String runnerName, String clinicName,
                  PlanStatus status, LocalDate startDate, @Nullable LocalDate endDate) {
    }

    /** A revision's own facts. */
    record RevisionMeta(long id, int number, int latestNumber, String title, @Nullable String goal, String authorName,
                        Instant createdAt) {
    }

    Optional<Header> header(long planId) {
        return jdbc.sql("""
                        select p.id, p.version, p.clinic_id, p.runner_id, u.display_name as runner_name,
                               c.name as clinic_name, p.status, p.start_date, p.end_date
                        from plan p
                        join person u on u.id = p.runner_id
                        join clinic_info c on c.id = p.clinic_id
                        where p.id = :id""")
                .param("id", planId)
                .query((row, n) -> new Header(row.getLong("id"), row.getLong("version"), row.getLong("clinic_id"),
                        row.getLong("runner_id"), row.getString("runner_name"), row.getString("clinic_name"),
                        PlanStatus.valueOf(row.getString("status")), localDate(row, "start_date"),
                        localDate(row, "end_date")))
                .optional();
    }

    /**
     * The language the runner reads: their own choice, else their clinic's default (V18). The
     * handout is written in it, whoever prints it.
     */
    Locale runnerLocale(long runnerId, long clinicId) {
        String code = jdbc.sql("""
                        select coalesce(p.language, c.default_language)
                        from person p
                        join clinic_info c on c.id = p.clinic_id
                        where p.id = :id and p.clinic_id = :clinic""")
                .param("id", runnerId)
                .param("clinic", clinicId)
                .query(String.class).optional().orElse(null);
        return Language.ofCode(code).orElse(Language.ENGLISH).locale();
    }

    /** The given revision, or the current one when {@code number} is null. */
    Optional<RevisionMeta> revision(long planId, @Nullable Integer number) {
        return jdbc.sql("""
                        select r.id, r.number, r.title, r.goal, r.created_at, u.display_name as author,
                               c.number as latest
                        from plan_revision r
                        join plan_current_revision c on c.plan_id = r.plan_id
                        join person u on u.id = r.author_id
                        where r.plan_id = :planId and r.number = coalesce(:number, c.number)""")
                .param("planId", planId)
                .param("number", number)
                .query((row, n) -> new RevisionMeta(row.getLong("id"), row.getInt("number"), row.getInt("latest"),
                        StockText.taken(row.getString("title")), StockText.taken(row.getString("goal")),
                        row.getString("author"),
                        instant(row, "created_at")))
                .optional();
    }

    List<PlanItemView> items(long revisionId) {
        return jdbc.sql("""
                        select d.id, d.exercise_id, d.name, d.category, d.one_side, d.archived, d.steps, d.tips,
                               d.image_updated_at, d.image_count, d.illustration, d.circuit, %s
                        from plan_item_detail d
                        where d.revision_id = :revisionId
                        order by d.position""".formatted(DosageRows.columns("d")))
                .param("revisionId", revisionId)
                .query((row, n) -> new PlanItemView(row.getLong("id"), row.getLong("exercise_id"),
                        StockText.name(row.getString("illustration"), row.getString("name")),
                        Category.valueOf(row.getString("category")), row.getBoolean("one_side"),
                        row.getBoolean("archived"), StockText.steps(row.getString("illustration"), strings(row.getArray("steps"))),
                        StockText.tips(row.getString("illustration"), strings(row.getArray("tips"))),
                        DosageRows.picture(row), DosageRows.read(row, row.getString("illustration")), integer(row, "circuit")))
                .list();
    }

    List<RevisionSummary> revisions(long planId) {
        return jdbc.sql("""
                        select r.number, r.title, r.created_at, u.display_name as author,
                               (select count(*) from plan_item i where i.revision_id = r.id) as items
                        from plan_revision r
                        join person u on u.id = r.author_id
                        where r.plan_id = :planId
                        order by r.number desc""")
                .param("planId", planId)
                .query((row, n) -> new RevisionSummary(row.getInt("number"), StockText.taken(row.getString("title")),
                        instant(row, "created_at"), row.getString("author"), row.getInt("items")))
                .list();
    }

    private static @Nullable String description(@Nullable String code, @Nullable String stored) {
        return stored == null ? null : StockText.template(code, "description", stored);
    }

    /** The stock templates, then the clinic's own. */
    List<TemplateSummary> templates(long clinicId) {
        return jdbc.sql("""
                        select t.id, t.code, t.name, t.description,
                               (select count(*) from plan_template_item i where i.template_id = t.id) as items
                        from plan_template t
                        where t.clinic_id is null or t.clinic_id = :clinicId
                        order by t.clinic_id nulls first, lower(t.name)""")
                .param("clinicId", clinicId)
                .query((row, n) -> new TemplateSummary(row.getLong("id"), row.getString("code"),
                        StockText.template(row.getString("code"), "name", row.getString("name")),
                        description(row.getString("code"), row.getString("description")), row.getInt("items")))
                .list();
    }
}
