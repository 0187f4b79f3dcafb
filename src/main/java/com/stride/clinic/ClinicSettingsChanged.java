package com.stride.clinic;

import com.stride.i18n.Language;
import java.time.ZoneId;

/** Published inside the transaction that changed a clinic's settings, for the audit log. */
public record ClinicSettingsChanged(long clinicId, ZoneId timeZone, Language defaultLanguage) {
}
