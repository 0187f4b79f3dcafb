package com.stride.log;

import com.stride.i18n.Language;
import com.stride.i18n.Text;

/**
 * The clinical flags a PT sees on a runner, most urgent first (computed by the runner_flags SQL
 * function, V14; {@link Flag#reason()} says why each was raised).
 */
public enum FlagKind {
    WARNING_SIGNS,
    PAIN_HIGH,
    PAIN_RISE,
    MORNING_WORSE,
    PAINFUL_EXERCISE,
    IMPROVING,
    INACTIVE;

    public String label() {
        return label(Text.language());
    }

    /** The label in a given language: English for the audit log, which is kept in English. */
    public String label(Language language) {
        return Text.get(language, "log.flagKind." + name(), "max", LogLimits.PAIN_TOO_MUCH_ABOVE);
    }

    /** A flag that asks the PT to act today rather than at the next review. */
    public boolean urgent() {
        return this == WARNING_SIGNS;
    }

    /** Good news: the runner may be ready to progress. */
    public boolean positive() {
        return this == IMPROVING;
    }
}
