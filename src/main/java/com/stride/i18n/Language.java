package com.stride.i18n;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The languages the product speaks. The first is the one every bundle is written in and the one
 * used when nothing else is known. Stored by {@link #code()} (V18 checks the same list).
 */
public enum Language {
    ENGLISH("en", "English"), // literal: a language named in itself
    GERMAN("de", "Deutsch"), // literal: a language named in itself
    SPANISH("es", "Español"); // literal: a language named in itself

    /** The length of a stored language code, for entity and migration alike. */
    public static final int CODE_LENGTH = 2;

    private final String code;
    private final Locale locale;
    private final String autonym;

    Language(String code, String autonym) {
        this.code = code;
        this.locale = Locale.of(code);
        this.autonym = autonym;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language's name in itself ("Deutsch"), the same in every bundle: a person looking for
     * their own language must recognise it whatever the screen is in (an allowed literal).
     */
    public String autonym() {
        return autonym;
    }

    public static Optional<Language> ofCode(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale if we speak it ("de-AT" is German). */
    public static Optional<Language> of(@Nullable Locale locale) {
        return locale == null ? Optional.empty() : ofCode(locale.getLanguage());
    }

    /** The language of a locale, or English when we do not speak it. */
    public static Language orEnglish(@Nullable Locale locale) {
        return of(locale).orElse(ENGLISH);
    }
}
