package com.stride.account;

import com.stride.i18n.DistanceUnit;
import com.stride.i18n.Language;
import org.jspecify.annotations.Nullable;

/** A person's own settings: their language (null: follow the browser, then the clinic) and unit. */
public record Preferences(@Nullable Language language, DistanceUnit distanceUnit) {
}
