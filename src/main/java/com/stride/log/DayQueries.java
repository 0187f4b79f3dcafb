package com.stride.log;

import static com.stride.base.db.Rows.integer;
import static com.stride.base.db.Rows.localDate;
import static com.stride.base.db.Rows.nullableLong;
import static com.stride.base.db.Rows.strings;

import com.stride.catalogue.StockText;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.DosageRows;
import com.stride.catalogue.ExercisePicture;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runner's day in plain SQL: what is due (the {@code runner_due} function of V8, the one
 * definition of it), what was logged, and the writes of ticking off and saving a session. Callers
 * have checked access; every query is scoped to a plan or a runner the caller may see.
 */
@Repository
class DayQueries {

    private static final String SESSION_COLUMNS = """
            id, runner_id, plan_id, revision_id, session_date, session_number, pain_during, pain_next_morning,
            note, version""";

    private final JdbcClient jdbc;

    DayQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An exercise due in a session of the day, from the revision that session follows. */
    record DueItem(int sessionNumber, long revisionId, long planItemId, String name, @Nullable ExercisePicture picture,
                   List<String> steps, List<String> tips, Dosage dosage, @Nullable Integer circuit) {
    }

    /** A stored session of a day with its entries (one row per entry, or one with no entry). */
    record SessionRow(long id, int number, long revisionId, @Nullable Integer painDuring, @Nullable String note,
                      long version, @Nullable Long planItemId, @Nullable Entry entry) {
    }

    /** The stored facts of one session, for checks and idempotent saves. */
    record StoredSession(long id, long runnerId, long planId, long revisionId, LocalDate day, int number,
                         @Nullable Integer painDuring, @Nullable Integer painNextMorning, @Nullable String note,
                         long version) {
    }

    Optional<ActivePlan> activePlan(long runnerId) {
        return jdbc.sql("""
                        select p.plan_id, p.title, a.display_name as author, p.start_date
                        from active_plan p
                        join person a on a.id = p.author_id
                        where p.runner_id = :runner""")
                .param("runner", runnerId)
                .query((row, n) -> new ActivePlan(row.getLong("plan_id"), StockText.taken(row.getString("title")),
                        row.getString("author"), row.getDate("start_date").toLocalDate()))
                .optional();
    }

    /** Every exercise due on the day, session by session, in plan order. */
    List<DueItem> dueOn(long planId, LocalDate day, String zone) {
        return jdbc.sql("""
                        select due.session_number, due.revision_id, d.id, d.exercise_id, d.name, d.steps, d.tips,
                               d.image_updated_at, d.image_count, d.illustration, d.circuit, %s
                        from runner_due(:plan, :day, :day, :zone) due
                        join plan_item_detail d on d.id = due.plan_item_id
                        order by due.session_number, due.item_position""".formatted(DosageRows.columns("d")))
                .param("plan", planId)
                .param("day", day)
                .param("zone", zone)
                .query((row, n) -> new DueItem(row.getInt("session_number"), row.getLong("revision_id"),
                        row.getLong("id"), StockText.name(row.getString("illustration"), row.getString("name")),
                        DosageRows.picture(row),
                        StockText.steps(row.getString("illustration"), strings(row.getArray("steps"))),
                        StockText.tips(row.getString("illustration"), strings(row.getArray("tips"))),
                        DosageRows.read(row, row.getString("illustration")),
                        integer(row, "circuit")))
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
        return Optional.ofNullable(jdbc.sql("select min(day) as day from runner_due(:plan, :from, :to, :zone)")
                .param("plan", planId)
                .param("from", after.plusDays(1))
                .param("to", after.plusDays(LogLimits.NEXT_DUE_DAYS))
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
                        select s.id, s.session_date, s.pain_during from session_log s
                        where s.runner_id = :runner and s.session_date = (select day from last_day)
                          and not exists (select 1 from session_log o
                                          where o.runner_id = s.runner_id and o.session_date = s.session_date
                                            and (o.pain_next_morning is not null or o.next_morning_declined))
                        order by s.session_number desc
                        limit 1""")
                .param("runner", runnerId)
                .param("first", today.minusDays(LogLimits.MORNING_QUESTION_DAYS))
                .param("yesterday", today.minusDays(1))
                .query((row, n) -> new MorningQuestion(row.getLong("id"), row.getDate("session_date").toLocalDate(),
                        integer(row, "pain_during")))
                .optional();
    }

    Optional<StoredSession> session(long sessionId) {
        return jdbc.sql("select " + SESSION_COLUMNS + " from session_log where id = :id")
                .param("id", sessionId)
                .query(DayQueries::storedSession)
                .optional();
    }

    Optional<StoredSession> session(long planId, LocalDate day, int number) {
        return jdbc.sql("select " + SESSION_COLUMNS
                        + " from session_log where plan_id = :plan and session_date = :day and session_number = :number")
                .param("plan", planId)
                .param("day", day)
                .param("number", number)
                .query(DayQueries::storedSession)
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
                        returning""" + " " + SESSION_COLUMNS)
                .param("clinic", clinicId)
                .param("runner", runnerId)
                .param("plan", planId)
                .param("revision", revisionId)
                .param("day", day)
                .param("number", number)
                .param("now", Timestamp.from(now))
                .query(DayQueries::storedSession)
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
    boolean updateSession(long sessionId, long version, @Nullable Integer painDuring, @Nullable String note,
                          boolean painChanged, Instant now) {
        return jdbc.sql("""
                        update session_log
                        set pain_during = :pain, note = :note, updated_at = :now, version = version + 1,
                            pain_during_at = case when :painChanged then :painAt else pain_during_at end
                        where id = :id and version = :version""")
                .param("pain", painDuring, Types.INTEGER)
                .param("note", note)
                .param("now", Timestamp.from(now))
                .param("painChanged", painChanged)
                .param("painAt", painDuring == null ? null : Timestamp.from(now), Types.TIMESTAMP)
                .param("id", sessionId)
                .param("version", version)
                .update() == 1;
    }

    void answerMorning(long sessionId, @Nullable Integer pain, Instant now) {
        jdbc.sql("""
                        update session_log
                        set pain_next_morning = :pain, next_morning_declined = :declined, updated_at = :now,
                            pain_morning_at = :painAt
                        where id = :id""")
                .param("pain", pain, Types.INTEGER)
                .param("declined", pain == null)
                .param("painAt", pain == null ? null : Timestamp.from(now), Types.TIMESTAMP)
                .param("now", Timestamp.from(now))
                .param("id", sessionId)
                .update();
    }

    /** Adds to what the runner reported; an empty set marks the question answered. */
    void addWarningSigns(long sessionId, Set<WarningSign> signs, Instant now) {
        jdbc.sql("""
                        update session_log
                        set warning_signs = array(select distinct x from unnest(coalesce(warning_signs, '{}')
                                                  || string_to_array(:signs, ',')) x order by x),
                            warning_signs_at = case when warning_signs_at is null or :signs <> ''
                                                    then :now else warning_signs_at end,
                            updated_at = :now
                        where id = :id""")
                .param("signs", signs.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")))
                .param("now", Timestamp.from(now))
                .param("id", sessionId)
                .update();
    }

    private static StoredSession storedSession(ResultSet row, int n) throws SQLException {
        return new StoredSession(row.getLong("id"), row.getLong("runner_id"), row.getLong("plan_id"),
                row.getLong("revision_id"), row.getDate("session_date").toLocalDate(), row.getInt("session_number"),
                integer(row, "pain_during"), integer(row, "pain_next_morning"), row.getString("note"),
                row.getLong("version"));
    }
}
