package com.stride.plan;

import com.stride.base.RecordNotFoundException;
import com.stride.base.db.SqlZones;
import com.stride.clinic.ClinicCalendar;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runners a PT works with: the runners list (with flags and last logs) and one runner with
 * their plans. Clinic admins manage accounts, not care, and are refused. Every method is scoped to the caller's clinic; a runner of another clinic
 * is "not found".
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.THERAPIST)
public class RunnerService {

    static final String RUNNER = "Runner"; // literal: the not-found exception's subject
    static final int PAGE_MAX = 200;

    private final RunnerQueries queries;
    private final ClinicCalendar calendar;

    RunnerService(RunnerQueries queries, ClinicCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    /** The clinic's runners; for a PT, {@link RunnerScope#MINE} keeps those linked to them. */
    public List<RunnerRow> runners(RunnerScope scope, @Nullable String search, int offset, int limit) {
        CurrentUser caller = caller();
        return queries.runners(caller.clinicId(), linkedTo(caller, scope), search == null ? "" : search,
                calendar.today(caller.clinicId()), SqlZones.name(calendar.zone(caller.clinicId())), Math.max(0, offset),
                Math.clamp(limit, 1, PAGE_MAX));
    }

    public int countRunners(RunnerScope scope, @Nullable String search) {
        CurrentUser caller = caller();
        return queries.countRunners(caller.clinicId(), linkedTo(caller, scope), search == null ? "" : search);
    }

    public RunnerCard runner(long runnerId) {
        return queries.runner(caller().clinicId(), runnerId).orElseThrow(() -> new RecordNotFoundException(RUNNER));
    }

    public List<PlanSummary> plansOf(long runnerId) {
        CurrentUser caller = caller();
        runner(runnerId);
        return queries.plansOf(caller.clinicId(), runnerId);
    }

    /** Admins are linked to no one: "mine" means every runner for them. */
    private static @Nullable Long linkedTo(CurrentUser caller, RunnerScope scope) {
        return scope == RunnerScope.MINE && caller.hasRole(Role.THERAPIST) ? caller.userId() : null;
    }

    private static CurrentUser caller() {
        return Caller.require(Role.THERAPIST);
    }
}
