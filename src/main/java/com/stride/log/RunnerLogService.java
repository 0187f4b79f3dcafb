package com.stride.log;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.ConcurrentEditException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.db.SqlZones;
import com.stride.i18n.Text;
import com.stride.base.validation.Messages;
import com.stride.base.validation.PlainTextValidator;
import com.stride.base.validation.Problems;
import com.stride.clinic.ClinicCalendar;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runner's side of logging: today's sessions from the active plan, ticking exercises off,
 * pain and notes, the next-morning question and the runner's own history. Every method acts on the
 * signed-in runner only: another runner's sessions, items or plans are "not found".
 *
 * <p>Saving the same thing twice (a double tap, two tabs) stores it once: sessions and entries have
 * unique keys in the database and are written with upserts.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.RUNNER)
public class RunnerLogService {

    static final String SESSION = "session";
    private static final String PLAN = "plan";

    private final DayQueries queries;
    private final ProgressQueries progress;
    private final Clock clock;
    private final ClinicCalendar calendar;
    private final AuditLog audit;

    RunnerLogService(DayQueries queries, ProgressQueries progress, Clock clock, ClinicCalendar calendar,
                     AuditLog audit) {
        this.queries = queries;
        this.progress = progress;
        this.clock = clock;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Today at the runner's clinic. */
    public LocalDate today() {
        return calendar.today(caller().clinicId());
    }

    /** Today or yesterday (the days a runner may still correct), with the next-morning question. */
    public RunnerDay day(LocalDate date) {
        CurrentUser runner = caller();
        checkCorrectable(date);
        Optional<ActivePlan> plan = queries.activePlan(runner.userId());
        MorningQuestion question = queries.morningQuestion(runner.userId(), today()).orElse(null);
        if (plan.isEmpty()) {
            return new RunnerDay(date, null, List.of(), null, question);
        }
        List<DaySession> sessions = sessions(plan.get().id(), date);
        LocalDate next = queries.nextDueDay(plan.get().id(), date, zone()).orElse(null);
        return new RunnerDay(date, plan.get(), sessions, next, question);
    }

    /** Marks an exercise of a session done or partly done (again: the same entry, updated). */
    @Transactional
    public void record(LocalDate date, int sessionNumber, long planItemId, Entry entry) {
        CurrentUser runner = caller();
        checkCorrectable(date);
        Objects.requireNonNull(entry, "entry");
        ActivePlan plan = queries.activePlan(runner.userId()).orElseThrow(() -> new RecordNotFoundException("Plan"));
        Slot slot = slot(plan.id(), date, sessionNumber, planItemId);
        validate(entry, slot.exercise());
        DayQueries.StoredSession session = queries.ensureSession(runner.clinicId(), runner.userId(), plan.id(),
                slot.revisionId(), date, sessionNumber, clock.instant());
        if (session.revisionId() != slot.revisionId()) {
            // another tab started this session with another version of the plan a moment ago
            throw new ConcurrentEditException("log.record.session");
        }
        queries.upsertEntry(session, planItemId, entry, clock.instant());
        audit.change(AuditAction.EXERCISE_LOGGED, PLAN, plan.id(), "plan item " + planItemId + " "
                + entry.status().name().toLowerCase(Locale.ROOT) + ", " + sessionLabel(date, sessionNumber));
    }

    /** Takes an entry back: the exercise is no longer logged for that session. */
    @Transactional
    public void undo(LocalDate date, int sessionNumber, long planItemId) {
        CurrentUser runner = caller();
        checkCorrectable(date);
        ActivePlan plan = queries.activePlan(runner.userId()).orElseThrow(() -> new RecordNotFoundException("Plan"));
        queries.session(plan.id(), date, sessionNumber).ifPresent(session -> {
            int removed = queries.deleteEntry(session.id(), planItemId);
            queries.deleteIfEmpty(session.id());
            if (removed == 0) {
                return;
            }
            audit.change(AuditAction.EXERCISE_UNDONE, PLAN, plan.id(), "plan item " + planItemId + ", "
                    + sessionLabel(date, sessionNumber));
        });
    }

    /**
     * Saves a session's pain (0-10, may be left empty) and note. Each is checked on its own: a refused
     * one keeps what was stored and is named in the answer, while the other is saved.
     *
     * @param expectedVersion the version the runner's screen showed; null if the session was not stored yet
     * @throws com.stride.base.InvalidInputException when both are refused, so that nothing could be saved
     * @throws ConcurrentEditException when another tab or device saved different values first
     */
    @Transactional
    public SessionSaved saveSession(LocalDate date, int sessionNumber, @Nullable Integer pain, @Nullable String note,
                                    @Nullable Long expectedVersion) {
        CurrentUser runner = caller();
        checkCorrectable(date);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Problems refused = checkPain(pain);
        if (cleanNote != null && cleanNote.codePointCount(0, cleanNote.length()) > LogLimits.NOTE_MAX) {
            refused.add("note", Messages.tooLong(LogLimits.NOTE_MAX));
        } else if (cleanNote != null) {
            PlainTextValidator.problem(cleanNote).ifPresent(problem -> refused.add("note", problem));
        }
        if (refused.has("pain") && refused.has("note")) {
            throw refused.exception();
        }
        ActivePlan plan = queries.activePlan(runner.userId()).orElseThrow(() -> new RecordNotFoundException("Plan"));
        DaySession day = session(sessions(plan.id(), date), sessionNumber);
        boolean painGiven = pain != null && !refused.has("pain");
        boolean noteGiven = cleanNote != null && !refused.has("note");
        if (!painGiven && !noteGiven && !day.started()) {
            // nothing to store, and an empty session would count as activity
            return new SessionSaved(null, null, refused.asMap());
        }
        DayQueries.StoredSession stored = queries.ensureSession(runner.clinicId(), runner.userId(), plan.id(),
                day.revisionId(), date, sessionNumber, clock.instant());
        Integer newPain = refused.has("pain") ? stored.painDuring() : pain;
        String newNote = refused.has("note") ? stored.note() : cleanNote;
        if (Objects.equals(stored.painDuring(), newPain) && Objects.equals(stored.note(), newNote)) {
            return new SessionSaved(stored.id(), stored.version(), refused.asMap());
        }
        boolean untouched = stored.painDuring() == null && stored.note() == null;
        boolean expected = expectedVersion == null ? untouched : expectedVersion == stored.version();
        if (!expected || !queries.updateSession(stored.id(), stored.version(), newPain, newNote,
                !Objects.equals(stored.painDuring(), newPain), clock.instant())) {
            throw new ConcurrentEditException("log.record.session");
        }
        // ids and dates only: the append-only log keeps no clinical values (pain, note, names typed)
        audit.change(AuditAction.SESSION_LOGGED, PLAN, plan.id(), sessionLabel(date, sessionNumber)
                + (newPain == null ? "" : ", pain given") + (newNote == null ? "" : ", note given"));
        return new SessionSaved(stored.id(), stored.version() + 1, refused.asMap());
    }

    /** Answers the next-morning question (null: the runner would rather not say). */
    @Transactional
    public void answerMorning(long sessionId, @Nullable Integer pain) {
        CurrentUser runner = caller();
        checkPain(pain).throwIfAny();
        DayQueries.StoredSession session = queries.session(sessionId)
                .filter(s -> s.runnerId() == runner.userId())
                .orElseThrow(() -> new RecordNotFoundException("Session"));
        boolean asked = queries.morningQuestion(runner.userId(), today())
                .filter(question -> question.sessionId() == session.id()).isPresent();
        if (!asked) {
            throw Problems.refuse("pain", Text.get("log.service.morningAlreadySaved"));
        }
        queries.answerMorning(session.id(), pain, clock.instant());
        audit.change(AuditAction.MORNING_PAIN_LOGGED, PLAN, session.planId(), "the morning after "
                + sessionLabel(session.day(), session.number()) + (pain == null ? ", skipped" : ""));
    }

    /**
     * Records the warning signs the runner ticked when pain was high ("is this something else?"),
     * for a session of the last days; none ticked is stored too, as "asked". Signs reported earlier
     * for the session stay: a later "none of these" does not take back an alert.
     */
    @Transactional
    public void reportWarningSigns(long sessionId, Set<WarningSign> signs) {
        CurrentUser runner = caller();
        Objects.requireNonNull(signs, "signs");
        DayQueries.StoredSession session = queries.session(sessionId)
                .filter(s -> s.runnerId() == runner.userId())
                .orElseThrow(() -> new RecordNotFoundException("Session"));
        if (session.day().isBefore(today().minusDays(LogLimits.MORNING_QUESTION_DAYS))) {
            throw Problems.refuse("signs", Text.get("log.service.signsTooOld"));
        }
        queries.addWarningSigns(session.id(), signs, clock.instant());
        audit.change(AuditAction.WARNING_SIGNS_REPORTED, PLAN, session.planId(),
                sessionLabel(session.day(), session.number()) + (signs.isEmpty() ? ", none" : ", signs given"));
    }

    private static String sessionLabel(LocalDate date, int sessionNumber) {
        return "session " + sessionNumber + " of " + date;
    }

    /** The runner's own progress on the active plan over the last {@code weeks} weeks. */
    public Progress progress(int weeks) {
        CurrentUser runner = caller();
        return ProgressReader.read(queries, progress, runner.userId(), today(), zone(), weeks, false);
    }

    /** Past days with anything logged, newest first. */
    public List<DaySummary> days(int offset, int limit) {
        return progress.days(caller().userId(), Math.max(0, offset), Math.clamp(limit, 1, LogLimits.PAGE_MAX));
    }

    public int countDays() {
        return progress.countDays(caller().userId());
    }

    // ----- the day's sessions -----

    private record Slot(long revisionId, DayExercise exercise) {
    }

    private Slot slot(long planId, LocalDate date, int sessionNumber, long planItemId) {
        DaySession session = session(sessions(planId, date), sessionNumber);
        DayExercise exercise = session.exercises().stream()
                .filter(e -> e.planItemId() == planItemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Exercise"));
        return new Slot(session.revisionId(), exercise);
    }

    private static DaySession session(List<DaySession> sessions, int number) {
        return sessions.stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Session"));
    }

    /**
     * The day's sessions as {@code runner_due} (V8) sets them out, each with what was logged in it.
     * A session with nothing due is shown only when something was already logged in it.
     */
    private List<DaySession> sessions(long planId, LocalDate date) {
        List<DayQueries.DueItem> due = queries.dueOn(planId, date, zone());
        List<DayQueries.SessionRow> rows = queries.sessionsOn(planId, date);
        TreeSet<Integer> numbers = new TreeSet<>();
        due.forEach(item -> numbers.add(item.sessionNumber()));
        rows.forEach(row -> numbers.add(row.number()));
        int count = numbers.isEmpty() ? 0 : numbers.last();
        List<DaySession> sessions = new ArrayList<>();
        for (int number : numbers) {
            List<DayQueries.DueItem> items = due.stream().filter(i -> i.sessionNumber() == number).toList();
            List<DayQueries.SessionRow> own = rows.stream().filter(r -> r.number() == number).toList();
            DayQueries.SessionRow stored = own.isEmpty() ? null : own.getFirst();
            Map<Long, Entry> entries = new LinkedHashMap<>();
            own.stream().filter(r -> r.planItemId() != null && r.entry() != null)
                    .forEach(r -> entries.put(r.planItemId(), r.entry()));
            long revision = stored != null ? stored.revisionId() : items.getFirst().revisionId();
            List<DayExercise> exercises = items.stream()
                    .map(i -> new DayExercise(i.planItemId(), i.name(), i.picture(), i.steps(), i.tips(),
                            i.dosage(), entries.get(i.planItemId()), i.circuit()))
                    .toList();
            sessions.add(new DaySession(number, count, revision, stored == null ? null : stored.version(),
                    stored == null ? null : stored.painDuring(), stored == null ? null : stored.note(), exercises));
        }
        return sessions;
    }

    private static void validate(Entry entry, DayExercise exercise) {
        if (entry.status() == EntryStatus.PARTIAL) {
            Integer target = exercise.setsTarget();
            if (target == null || target < 2) {
                throw Problems.refuse("setsDone", Text.get("log.service.noSetsToCount"));
            }
            if (entry.setsDone() == null || entry.setsDone() < 1 || entry.setsDone() >= target) {
                throw Problems.refuse("setsDone", Text.get("log.service.setsDoneRange", "max", target - 1,
                        "target", target));
            }
        } else if (entry.setsDone() != null) {
            throw Problems.refuse("setsDone", Text.get("log.service.doneHasNoSets"));
        }
    }

    private static Problems checkPain(@Nullable Integer pain) {
        Problems problems = Problems.none();
        if (pain != null && (pain < LogLimits.PAIN_MIN || pain > LogLimits.PAIN_MAX)) {
            problems.add("pain", Text.get("log.service.painRule", "min", LogLimits.PAIN_MIN, "max", LogLimits.PAIN_MAX));
        }
        return problems;
    }

    private void checkCorrectable(@Nullable LocalDate date) {
        LocalDate today = today();
        if (date == null || date.isAfter(today) || !date.isAfter(today.minusDays(LogLimits.CORRECTABLE_DAYS))) {
            throw Problems.refuse("date", Text.get("log.service.onlyTodayAndYesterday"));
        }
    }

    /** The runner's clinic's zone, which decides what a day is. */
    private String zone() {
        return SqlZones.name(calendar.zone(caller().clinicId()));
    }

    private static CurrentUser caller() {
        return Caller.require(Role.RUNNER);
    }
}
