package com.stride.log;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.validation.PlainTextValidator;
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

    private final LogQueries queries;
    private final Clock clock;
    private final AuditLog audit;

    RunnerLogService(LogQueries queries, Clock clock, AuditLog audit) {
        this.queries = queries;
        this.clock = clock;
        this.audit = audit;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
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
        LogQueries.StoredSession session = queries.ensureSession(runner.clinicId(), runner.userId(), plan.id(),
                slot.revisionId(), date, sessionNumber, clock.instant());
        if (session.revisionId() != slot.revisionId()) {
            // another tab started this session with another version of the plan a moment ago
            throw new ConcurrentEditException(SESSION);
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
     * Saves a session's pain (0-10, may be left empty) and note. Returns the session's new version,
     * or null when there was nothing to store.
     *
     * @param expectedVersion the version the runner's screen showed; null if the session was not stored yet
     * @throws ConcurrentEditException when another tab or device saved different values first
     */
    @Transactional
    public Long saveSession(LocalDate date, int sessionNumber, Integer pain, String note, Long expectedVersion) {
        CurrentUser runner = caller();
        checkCorrectable(date);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        checkPain("pain", pain, errors);
        if (cleanNote != null && cleanNote.length() > LogLimits.NOTE_MAX) {
            errors.put("note", "Keep the note to " + LogLimits.NOTE_MAX + " characters (it has "
                    + cleanNote.length() + ")");
        } else if (cleanNote != null && !PlainTextValidator.isPlainText(cleanNote)) {
            errors.put("note", "Please use words only: no emoji, HTML tags or special symbols");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActivePlan plan = queries.activePlan(runner.userId()).orElseThrow(() -> new RecordNotFoundException("Plan"));
        DaySession day = session(sessions(plan.id(), date), sessionNumber);
        if (pain == null && cleanNote == null && !day.started()) {
            return null; // nothing to store, and an empty session would count as activity
        }
        LogQueries.StoredSession stored = queries.ensureSession(runner.clinicId(), runner.userId(), plan.id(),
                day.revisionId(), date, sessionNumber, clock.instant());
        if (Objects.equals(stored.painDuring(), pain) && Objects.equals(stored.note(), cleanNote)) {
            return stored.version();
        }
        boolean untouched = stored.painDuring() == null && stored.note() == null;
        boolean expected = expectedVersion == null ? untouched : expectedVersion == stored.version();
        if (!expected || !queries.updateSession(stored.id(), stored.version(), pain, cleanNote,
                !Objects.equals(stored.painDuring(), pain), clock.instant())) {
            throw new ConcurrentEditException(SESSION);
        }
        // ids and dates only: the append-only log keeps no clinical values (pain, note, names typed)
        audit.change(AuditAction.SESSION_LOGGED, PLAN, plan.id(), sessionLabel(date, sessionNumber)
                + (pain == null ? "" : ", pain given") + (cleanNote == null ? "" : ", note given"));
        return stored.version() + 1;
    }

    /** Answers the next-morning question (null: the runner would rather not say). */
    @Transactional
    public void answerMorning(long sessionId, Integer pain) {
        CurrentUser runner = caller();
        Map<String, String> errors = new LinkedHashMap<>();
        checkPain("pain", pain, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LogQueries.StoredSession session = queries.session(sessionId)
                .filter(s -> s.runnerId() == runner.userId())
                .orElseThrow(() -> new RecordNotFoundException("Session"));
        boolean asked = queries.morningQuestion(runner.userId(), today())
                .filter(question -> question.sessionId() == session.id()).isPresent();
        if (!asked) {
            throw InvalidInputException.of("pain", "This morning's pain for that session is already saved");
        }
        queries.answerMorning(session.id(), pain, clock.instant());
        audit.change(AuditAction.MORNING_PAIN_LOGGED, PLAN, session.planId(), "the morning after "
                + sessionLabel(session.day(), session.number()) + (pain == null ? ", skipped" : ""));
    }

    private static String sessionLabel(LocalDate date, int sessionNumber) {
        return "session " + sessionNumber + " of " + date;
    }

    /** The runner's own progress on the active plan over the last {@code weeks} weeks. */
    public Progress progress(int weeks) {
        CurrentUser runner = caller();
        return ProgressReader.read(queries, runner.userId(), today(), zone(), weeks, false);
    }

    /** Past days with anything logged, newest first. */
    public List<DaySummary> days(int offset, int limit) {
        return queries.days(caller().userId(), Math.max(0, offset), Math.clamp(limit, 1, 100));
    }

    public int countDays() {
        return queries.countDays(caller().userId());
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
     * Session k holds the exercises due that day that are done at least k times a day, from the
     * revision the session was started with (or, before it is, the revision in force that day).
     */
    private List<DaySession> sessions(long planId, LocalDate date) {
        List<LogQueries.DayItem> items = queries.dayItems(planId, date, zone());
        List<LogQueries.SessionRow> rows = queries.sessionsOn(planId, date);
        int count = items.stream().filter(i -> i.current() && i.due()).mapToInt(RunnerLogService::timesPerDay)
                .max().orElse(0);
        count = Math.max(count, rows.stream().mapToInt(LogQueries.SessionRow::number).max().orElse(0));
        Long currentRevision = items.stream().filter(LogQueries.DayItem::current).findFirst()
                .map(LogQueries.DayItem::revisionId).orElse(null);
        List<DaySession> sessions = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            int k = number;
            List<LogQueries.SessionRow> own = rows.stream().filter(r -> r.number() == k).toList();
            LogQueries.SessionRow stored = own.isEmpty() ? null : own.getFirst();
            Long revision = stored == null ? currentRevision : Long.valueOf(stored.revisionId());
            Map<Long, Entry> entries = new LinkedHashMap<>();
            own.stream().filter(r -> r.planItemId() != null).forEach(r -> entries.put(r.planItemId(), r.entry()));
            if (revision == null) {
                continue; // nothing due and nothing started
            }
            List<DayExercise> exercises = items.stream()
                    .filter(i -> Objects.equals(i.revisionId(), revision) && i.due() && timesPerDay(i) >= k)
                    .map(i -> new DayExercise(i.planItemId(), i.name(), i.imageUrl(), i.steps(), i.tips(),
                            i.dosage(), entries.get(i.planItemId())))
                    .toList();
            sessions.add(new DaySession(k, count, revision, stored == null ? null : stored.version(),
                    stored == null ? null : stored.painDuring(), stored == null ? null : stored.note(), exercises));
        }
        return sessions.stream().filter(s -> !s.exercises().isEmpty() || s.started()).toList();
    }

    private static int timesPerDay(LogQueries.DayItem item) {
        return item.dosage().timesPerDay() == null ? 1 : item.dosage().timesPerDay().min();
    }

    private static void validate(Entry entry, DayExercise exercise) {
        if (entry.status() == EntryStatus.PARTIAL) {
            Integer target = exercise.setsTarget();
            if (target == null || target < 2) {
                throw InvalidInputException.of("setsDone", "This exercise has no sets to count: mark it done instead");
            }
            if (entry.setsDone() == null || entry.setsDone() < 1 || entry.setsDone() >= target) {
                throw InvalidInputException.of("setsDone",
                        "Enter the sets you did, from 1 to " + (target - 1) + " (all " + target + " is done)");
            }
        } else if (entry.setsDone() != null) {
            throw InvalidInputException.of("setsDone", "A done exercise has no separate set count");
        }
    }

    private static void checkPain(String field, Integer pain, Map<String, String> errors) {
        if (pain != null && (pain < LogLimits.PAIN_MIN || pain > LogLimits.PAIN_MAX)) {
            errors.put(field, "Pain is a number from 0 (no pain) to 10 (worst imaginable)");
        }
    }

    private void checkCorrectable(LocalDate date) {
        LocalDate today = today();
        if (date == null || date.isAfter(today) || !date.isAfter(today.minusDays(LogLimits.CORRECTABLE_DAYS))) {
            throw InvalidInputException.of("date", "Only today's and yesterday's entries can be changed");
        }
    }

    private String zone() {
        return ProgressReader.sqlZone(clock.getZone());
    }

    private static CurrentUser caller() {
        return Caller.require(Role.RUNNER);
    }
}
