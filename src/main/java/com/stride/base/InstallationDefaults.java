package com.stride.base;

import com.stride.i18n.Language;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a new clinic starts with: the installation's time zone ({@code STRIDE_TIME_ZONE}, else the
 * server's) and language ({@code STRIDE_DEFAULT_LANGUAGE}, else English). Each clinic's admin
 * can then change both; after that, these values no longer matter to it.
 */
@Component
public class InstallationDefaults {

    private final ZoneId zone;
    private final Language language;

    InstallationDefaults(@Value("${stride.time-zone:}") String timeZone,
                         @Value("${stride.default-language:en}") String language) {
        this.zone = zone(timeZone);
        this.language = Language.ofCode(language)
                .orElseThrow(() -> new IllegalArgumentException("STRIDE_DEFAULT_LANGUAGE must be one of en, de, es"));
    }

    /** The zone of a {@code stride.time-zone} value: the server's when blank. */
    public static ZoneId zone(String timeZone) {
        return timeZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(timeZone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Language language() {
        return language;
    }
}
