package com.stride.clinic;

import com.stride.i18n.Language;
import java.time.ZoneId;

/** What a clinic's admin sets for the whole clinic; {@code version} guards against two admins at once. */
public record ClinicSettings(String name, ZoneId timeZone, Language defaultLanguage, long version) {
}
