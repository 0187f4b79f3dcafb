package com.stride.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Every word a person sees: {@code Text.get("plan.saved")} or, with named arguments,
 * {@code Text.get("catalogue.dosage.sets", "count", 3)} for
 * {@code {count, plural, one {# set} other {# sets}}}. Messages are ICU message format, so plurals,
 * numbers and dates follow each language's rules.
 *
 * <p>Without a locale, the current one: the UI's in a Vaadin request (the signed-in person's
 * choice, see {@code LocaleSetup}), else the one Spring resolved for the request, else English.
 * Emails and handouts pass their reader's locale.
 */
public final class Text {

    private static final Logger LOG = LoggerFactory.getLogger(Text.class);

    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    private static final Map<String, String> PLAIN = new ConcurrentHashMap<>();

    /** A language that wins over the UI's while a document for someone else is written. */
    private static final ThreadLocal<Language> WRITING_FOR = new ThreadLocal<>();

    private Text() {
    }

    /** The message of a key in the current language; arguments come as name, value pairs. */
    public static String get(String key, Object... namesAndValues) {
        return get(language(), key, namesAndValues);
    }

    public static String get(Locale locale, String key, Object... namesAndValues) {
        return get(Language.orEnglish(locale), key, namesAndValues);
    }

    public static String get(Language language, String key, Object... namesAndValues) {
        if (namesAndValues.length == 0) {
            // most of a page's words have no arguments: formatted once per language, then reused
            String kept = PLAIN.get(language.code() + ' ' + key);
            if (kept != null) {
                return kept;
            }
        }
        String pattern = pattern(language, key);
        if (pattern == null) {
            LOG.warn("No message for key {}", key);
            return "⟦" + key + "⟧";
        }
        String text = format(language, key, pattern, arguments(namesAndValues));
        if (namesAndValues.length == 0) {
            PLAIN.put(language.code() + ' ' + key, text);
        }
        return text;
    }

    /** Whether a key exists in English (every key does, in every language: BundlesTest). */
    public static boolean has(String key) {
        return Bundles.get().text(Language.ENGLISH, key) != null;
    }

    /**
     * The text of a key in exactly this language, as written (no arguments, no fallback to
     * English): for content that exists in some languages only, such as the stock catalogue's.
     */
    public static Optional<String> exact(Language language, String key) {
        return Optional.ofNullable(Bundles.get().text(language, key));
    }

    /** The language of the current person, or English outside a request. */
    public static Language language() {
        return Language.orEnglish(locale());
    }

    /**
     * Runs {@code work} as if the current person read {@code language}: for what is written for
     * someone else (a runner's handout printed by their PT, an email), so that every word and
     * format inside, down to the stock catalogue's, is in the reader's language.
     */
    public static <T> T writingFor(Language language, java.util.function.Supplier<T> work) {
        Language previous = WRITING_FOR.get();
        WRITING_FOR.set(language);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                WRITING_FOR.remove();
            } else {
                WRITING_FOR.set(previous);
            }
        }
    }

    /** The current locale, narrowed to a language we speak. */
    public static Locale locale() {
        Language writing = WRITING_FOR.get();
        if (writing != null) {
            return writing.locale();
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            return Language.orEnglish(ui.getLocale()).locale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        // a download runs outside the session's lock, where its state may not be read
        if (session != null && session.hasLock() && session.getLocale() != null) {
            return Language.orEnglish(session.getLocale()).locale();
        }
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale requested = context == null ? null : context.getLocale();
        return Language.orEnglish(requested).locale();
    }

    private static @Nullable String pattern(Language language, String key) {
        String text = Bundles.get().text(language, key);
        return text != null ? text : Bundles.get().text(Language.ENGLISH, key);
    }

    private static String format(Language language, String key, String pattern, Map<String, Object> arguments) {
        MessageFormat cached = FORMATS.computeIfAbsent(language.code() + ' ' + key,
                unused -> new MessageFormat(pattern, ULocale.forLocale(language.locale())));
        // ICU formats are not thread-safe. Shared under a lock rather than copied per use: a copy
        // builds its plural rules and number formatters again (4x the time in a microbenchmark)
        synchronized (cached) {
            return cached.format(arguments);
        }
    }

    private static Map<String, Object> arguments(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Message arguments come as name, value pairs");
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("Argument " + i / 2 + " has no name");
            }
            arguments.put(name, namesAndValues[i + 1]);
        }
        return arguments;
    }
}
