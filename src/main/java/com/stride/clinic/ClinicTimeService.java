package com.stride.clinic;

import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The signed-in person's own clinic's zone and date, for screens that show times. */
@Service
public class ClinicTimeService {

    private final ClinicCalendar calendar;

    ClinicTimeService(ClinicCalendar calendar) {
        this.calendar = calendar;
    }

    @RolesAllowed({Role.Names.RUNNER, Role.Names.THERAPIST, Role.Names.ADMIN})
    public ZoneId zone() {
        return calendar.zone(caller().clinicId());
    }

    @RolesAllowed({Role.Names.RUNNER, Role.Names.THERAPIST, Role.Names.ADMIN})
    public LocalDate today() {
        return calendar.today(caller().clinicId());
    }

    /** The clock of the caller's clinic, for "today" and "3 days ago". */
    @RolesAllowed({Role.Names.RUNNER, Role.Names.THERAPIST, Role.Names.ADMIN})
    public Clock clock() {
        return calendar.clock(caller().clinicId());
    }

    private static CurrentUser caller() {
        return Caller.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
