package com.stride.log;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.RecordNotFoundException;
import com.stride.base.db.SqlZones;
import com.stride.i18n.Language;
import com.stride.clinic.ClinicCalendar;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What PTs see of a runner's logs: adherence, the pain trend, notes, skipped exercises and flags.
 * Clinic admins see none of it (minimum necessary: docs/decisions/2026-12-03-security-hardening.md). Every method checks that the runner belongs to the caller's clinic; a runner
 * of another clinic, or an id that is not a runner, is "not found".
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.THERAPIST)
public class ProgressService {

    private static final String RUNNER = "Runner"; // literal: a record type, for the exception

    private final DayQueries day;
    private final ProgressQueries queries;
    private final Clock clock;
    private final ClinicCalendar calendar;
    private final AuditLog audit;

    ProgressService(DayQueries day, ProgressQueries queries, Clock clock, ClinicCalendar calendar, AuditLog audit) {
        this.day = day;
        this.queries = queries;
        this.clock = clock;
        this.calendar = calendar;
        this.audit = audit;
    }

    public Progress progress(long runnerId, int weeks) {
        long clinic = checkRunner(runnerId).clinicId();
        return ProgressReader.read(day, queries, runnerId, calendar.today(clinic), SqlZones.name(calendar.zone(clinic)),
                weeks, true);
    }

    /** The runner's session notes, newest first. */
    public List<SessionNote> notes(long runnerId, int offset, int limit) {
        checkRunner(runnerId);
        return queries.notes(runnerId, Math.max(0, offset), Math.clamp(limit, 1, LogLimits.PAGE_MAX));
    }

    public int countNotes(long runnerId) {
        checkRunner(runnerId);
        return queries.countNotes(runnerId);
    }

    /**
     * A PT marks a flag seen up to what raised it: it stays hidden until something newer raises it again.
     *
     * @param raisedAt the flag's {@link Flag#raisedAt()} as the PT saw it
     */
    @Transactional
    public void markSeen(long runnerId, FlagKind kind, Instant raisedAt) {
        CurrentUser caller = checkRunner(runnerId);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raisedAt, "raisedAt");
        // only a flag that is up, and never past what raised it; the runner's clinic is the caller's (checked)
        long clinic = caller.clinicId();
        Flag current = queries.flags(runnerId, calendar.today(clinic), SqlZones.name(calendar.zone(clinic))).stream()
                .filter(f -> f.kind() == kind).findFirst().orElseThrow(() -> new RecordNotFoundException("Flag"));
        Instant through = raisedAt.isAfter(current.raisedAt()) ? current.raisedAt() : raisedAt;
        queries.markSeen(runnerId, kind, through, caller.userId(), clock.instant());
        audit.change(AuditAction.FLAG_SEEN, "user", runnerId, kind.label(Language.ENGLISH));
    }

    private CurrentUser checkRunner(long runnerId) {
        CurrentUser caller = Caller.require(Role.THERAPIST);
        Long clinic = queries.runnerClinic(runnerId).orElse(null);
        if (!caller.belongsTo(clinic)) {
            throw new RecordNotFoundException(RUNNER);
        }
        return caller;
    }
}
