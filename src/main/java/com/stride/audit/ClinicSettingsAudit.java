package com.stride.audit;

import com.stride.clinic.ClinicSettingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records a change of a clinic's zone or language, in the transaction that made it. */
@Component
class ClinicSettingsAudit {

    private final AuditLog audit;

    ClinicSettingsAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ClinicSettingsChanged change) {
        audit.change(AuditAction.CLINIC_SETTINGS_CHANGED, "clinic", change.clinicId(),
                "time zone " + change.timeZone().getId() + ", language " + change.defaultLanguage().code());
    }
}
