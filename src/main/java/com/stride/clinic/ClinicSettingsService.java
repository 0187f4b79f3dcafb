package com.stride.clinic;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InstallationDefaults;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Language;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A clinic's time zone and default language, read and changed only by its own admins. */
@Service
public class ClinicSettingsService {

    private final ClinicRepository clinics;
    private final ClinicCalendar calendar;
    private final ApplicationEventPublisher events;
    private final InstallationDefaults defaults;

    ClinicSettingsService(ClinicRepository clinics, ClinicCalendar calendar, ApplicationEventPublisher events,
                          InstallationDefaults defaults) {
        this.clinics = clinics;
        this.defaults = defaults;
        this.calendar = calendar;
        this.events = events;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public ClinicSettings settings() {
        Clinic clinic = ownClinic(Caller.require(Role.ADMIN));
        return new ClinicSettings(clinic.getName(), clinic.getTimeZone(), clinic.getDefaultLanguage(),
                clinic.getVersion());
    }

    /** @throws ConcurrentEditException when another admin saved since {@code expectedVersion} was read */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public ClinicSettings change(ZoneId zone, Language language, long expectedVersion) {
        Clinic clinic = ownClinic(Caller.require(Role.ADMIN));
        if (clinic.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("clinic.settings.record");
        }
        boolean kept = clinic.getTimeZone().equals(zone);
        // the list the view offers (no offsets, no aliases), or the installation's own zone, which new clinics get
        if (!kept && !ZONES.contains(zone.getId()) && !zone.equals(defaults.zone())) {
            throw new IllegalArgumentException("Not a zone an admin can choose: " + zone);
        }
        if (!kept || clinic.getDefaultLanguage() != language) {
            clinic.changeSettings(zone, language);
            try {
                clinics.saveAndFlush(clinic);
            } catch (ObjectOptimisticLockingFailureException raced) {
                throw new ConcurrentEditException("clinic.settings.record");
            }
            events.publishEvent(new ClinicSettingsChanged(clinic.getId(), zone, language));
            long clinicId = clinic.getId();
            // forgotten once committed: a request in between would otherwise keep the old zone
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.changed(clinicId);
                }
            });
        }
        return new ClinicSettings(clinic.getName(), clinic.getTimeZone(), clinic.getDefaultLanguage(),
                clinic.getVersion());
    }

    /** The zones an admin is offered: regions ("Europe/Berlin") and UTC, not fixed offsets or aliases. */
    public static Set<String> zones() {
        return ZONES;
    }

    private static final List<String> REGIONS = List.of("Africa", "America", "Antarctica", "Arctic", "Asia", // literal: zone ids
            "Atlantic", "Australia", "Europe", "Indian", "Pacific"); // literal: zone ids

    private static final Set<String> ZONES = new TreeSet<>(java.util.stream.Stream.concat(
            java.util.stream.Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> REGIONS.contains(id.split("/")[0]) && id.contains("/"))).toList());

    private Clinic ownClinic(CurrentUser caller) {
        return clinics.findById(caller.clinicId()).orElseThrow(() -> new RecordNotFoundException("Clinic"));
    }
}
