package com.stride.clinic;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.ConcurrentEditException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.i18n.Language;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinic's time zone and default language, read and changed only by its own admins. */
@Service
public class ClinicSettingsService {

    private final ClinicRepository clinics;
    private final ClinicCalendar calendar;
    private final AuditLog audit;

    ClinicSettingsService(ClinicRepository clinics, ClinicCalendar calendar, AuditLog audit) {
        this.clinics = clinics;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ClinicSettings settings() {
        Clinic clinic = ownClinic(Caller.require(Role.ADMIN));
        return new ClinicSettings(clinic.getName(), clinic.getTimeZone(), clinic.getDefaultLanguage(),
                clinic.getVersion());
    }

    /** @throws ConcurrentEditException when another admin saved since {@code expectedVersion} was read */
    @Transactional
    public ClinicSettings change(ZoneId zone, Language language, long expectedVersion) {
        Clinic clinic = ownClinic(Caller.require(Role.ADMIN));
        if (clinic.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("clinic settings");
        }
        if (!zones().contains(zone.getId())) {
            throw new IllegalArgumentException("Not a region zone: " + zone);
        }
        if (!clinic.getTimeZone().equals(zone) || clinic.getDefaultLanguage() != language) {
            clinic.changeSettings(zone, language);
            clinics.saveAndFlush(clinic);
            calendar.changed(clinic.getId());
            audit.change(AuditAction.CLINIC_SETTINGS_CHANGED, "clinic", clinic.getId(),
                    "time zone " + zone.getId() + ", language " + language.code());
        }
        return new ClinicSettings(clinic.getName(), clinic.getTimeZone(), clinic.getDefaultLanguage(),
                clinic.getVersion());
    }

    /** The zones an admin can choose: regions ("Europe/Berlin"), not fixed offsets or aliases. */
    public static Set<String> zones() {
        return ZONES;
    }

    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")
                    && Character.isUpperCase(id.charAt(0)) && List.of("Africa", "America", "Antarctica", "Arctic",
                    "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific").contains(id.split("/")[0]))
            .toList());

    private Clinic ownClinic(CurrentUser caller) {
        return clinics.findById(caller.clinicId()).orElseThrow(() -> new RecordNotFoundException("Clinic"));
    }
}
