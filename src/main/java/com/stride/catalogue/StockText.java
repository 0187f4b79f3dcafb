package com.stride.catalogue;

import com.stride.i18n.Bundles;
import com.stride.i18n.Language;
import com.stride.i18n.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The stock catalogue in the reader's language. Stock exercises and templates are stored in
 * English; their German and Spanish texts are in the stock bundle, keyed by stock code. A clinic's
 * own exercises have no code and stay in the language they were written in. A list is translated
 * only whole: a translation with another number of steps than the database would mislead, so the
 * English is shown instead (StockTranslationsTest keeps the counts equal).
 */
public final class StockText {

    private StockText() {
    }

    /** The exercise's name in the current language. */
    public static String name(@Nullable String code, String stored) {
        return text(code, "name", stored);
    }

    /** What a stock exercise's drawing shows, for screen readers. */
    public static String drawing(@Nullable String code, String stored) {
        return text(code, "drawing", stored);
    }

    public static List<String> steps(@Nullable String code, List<String> stored) {
        return list(code, "step", stored);
    }

    public static List<String> tips(@Nullable String code, List<String> stored) {
        return list(code, "tip", stored);
    }

    public static List<String> muscles(@Nullable String code, List<String> stored) {
        return list(code, "muscle", stored);
    }

    /**
     * A dosage's phases with each label the stock exercise's own default shown in the reader's
     * language; a label the PT wrote differently stays as written.
     */
    public static List<Phase> phases(@Nullable String code, List<Phase> phases) {
        Language language = Text.language();
        if (code == null || language == Language.ENGLISH || phases.isEmpty()) {
            return phases;
        }
        Map<String, String> english = ENGLISH_PHASES.get();
        List<Phase> shown = new ArrayList<>();
        for (int i = 1; i <= phases.size(); i++) {
            Phase phase = phases.get(i - 1);
            String key = key(code, "phase." + i);
            Optional<String> translated = phase.label().equals(english.get(key))
                    ? Text.exact(language, key) : Optional.empty();
            shown.add(translated.map(phase::withLabel).orElse(phase));
        }
        return List.copyOf(shown);
    }

    /** The dosage with its stock phase labels and dose note in the reader's language. */
    public static Dosage dosage(@Nullable String code, Dosage dosage) {
        List<Phase> phases = phases(code, dosage.phases());
        String note = dosage.note() == null ? null : taken(dosage.note());
        return phases.equals(dosage.phases()) && java.util.Objects.equals(note, dosage.note()) ? dosage
                : dosage.withPhases(phases).withNote(note);
    }

    /**
     * Text a PT took over unchanged from the stock catalogue, in the reader's language: a stock
     * template's name as a plan's title, its description as the plan's goal, a stock dose note.
     * Anything the PT wrote or changed is shown as written.
     */
    public static @Nullable String taken(@Nullable String stored) {
        Language language = Text.language();
        if (stored == null || language == Language.ENGLISH) {
            return stored;
        }
        String key = TAKEN.get().get(stored);
        return key == null ? stored : Text.exact(language, key).orElse(stored);
    }

    /**
     * The other way: a stock text shown in the reader's language goes back to the stored English
     * when a PT saves it unchanged, so that each reader goes on seeing it in their own language and
     * an unchanged plan stays unchanged. Text the PT wrote is kept as written.
     */
    public static @Nullable String asStored(@Nullable String shown) {
        Language language = Text.language();
        if (shown == null || language == Language.ENGLISH) {
            return shown;
        }
        return STORED.computeIfAbsent(language, StockText::storedByTranslation).getOrDefault(shown, shown);
    }

    /** A dosage whose stock phase labels and dose note go back to the stored English (see {@link #asStored(String)}). */
    public static Dosage asStored(Dosage shown) {
        List<Phase> phases = shown.phases().stream().map(p -> p.withLabel(asStored(p.label()))).toList();
        return shown.withPhases(phases).withNote(asStored(shown.note()));
    }

    private static final Map<Language, Map<String, String>> STORED = new ConcurrentHashMap<>();

    private static Map<String, String> storedByTranslation(Language language) {
        Map<String, String> byTranslation = new HashMap<>();
        ENGLISH_PHASES.get().forEach((key, english) ->
                Text.exact(language, key).ifPresent(translated -> byTranslation.putIfAbsent(translated, english)));
        return Map.copyOf(byTranslation);
    }

    /** The English stock texts a plan takes over, to the key of each. */
    private static final java.util.function.Supplier<Map<String, String>> TAKEN = new java.util.function.Supplier<>() {
        private volatile Map<String, String> read;

        @Override
        public Map<String, String> get() {
            Map<String, String> keys = read;
            if (keys == null) {
                Map<String, String> byText = new HashMap<>();
                ENGLISH_PHASES.get().forEach((key, text) -> {
                    if (!key.contains(".phase.")) {
                        byText.putIfAbsent(text, key);
                    }
                });
                keys = Map.copyOf(byText);
                read = keys;
            }
            return keys;
        }
    };

    /** A stock template's name or description ("name", "description"). */
    public static String template(@Nullable String code, String part, String stored) {
        return text(code == null ? null : "template." + code, part, stored);
    }

    /**
     * The stock codes whose name or search words in the current language contain the query, for the
     * catalogue search (whose own index holds the English): "Waden" finds the calf stretches.
     */
    public static Set<String> codesMatching(String query) {
        Language language = Text.language();
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        Set<String> found = new HashSet<>();
        if (language == Language.ENGLISH || wanted.length() < 2) {
            return found;
        }
        SEARCH_WORDS.computeIfAbsent(language, StockText::searchWords).forEach((code, words) -> {
            if (words.contains(wanted)) {
                found.add(code);
            }
        });
        return found;
    }

    private static final Map<Language, Map<String, String>> SEARCH_WORDS = new ConcurrentHashMap<>();

    /** The stock catalogue's English texts that plans take over (stock.properties), read once. */
    private static final java.util.function.Supplier<Map<String, String>> ENGLISH_PHASES =
            new java.util.function.Supplier<>() {
                private volatile Map<String, String> read;

                @Override
                public Map<String, String> get() {
                    Map<String, String> phases = read;
                    if (phases == null) {
                        phases = Map.copyOf(Bundles.read(Bundles.STOCK, Language.ENGLISH));
                        read = phases;
                    }
                    return phases;
                }
            };

    /** Per stock code, its name and search words in the language, lower-case, in one string. */
    private static Map<String, String> searchWords(Language language) {
        Map<String, String> words = new HashMap<>();
        Bundles.read(Bundles.STOCK, language).forEach((key, text) -> {
            String[] parts = key.split("\\.");
            if (parts.length >= 3 && !parts[1].equals("template")
                    && (parts[2].equals("name") || parts[2].equals("alias"))) {
                words.merge(parts[1], text.toLowerCase(Locale.ROOT), (a, b) -> a + " | " + b);
            }
        });
        return Map.copyOf(words);
    }

    private static String text(@Nullable String code, String part, String stored) {
        Language language = Text.language();
        if (code == null || language == Language.ENGLISH) {
            return stored;
        }
        return Text.exact(language, key(code, part)).orElse(stored);
    }

    private static List<String> list(@Nullable String code, String part, List<String> stored) {
        Language language = Text.language();
        if (code == null || language == Language.ENGLISH || stored.isEmpty()) {
            return stored;
        }
        List<String> translated = new ArrayList<>();
        for (int i = 1; i <= stored.size(); i++) {
            Optional<String> item = Text.exact(language, key(code, part + "." + i));
            if (item.isEmpty()) {
                return stored;
            }
            translated.add(item.get());
        }
        return Text.exact(language, key(code, part + "." + (stored.size() + 1))).isPresent() ? stored
                : List.copyOf(translated);
    }

    private static String key(String code, String part) {
        return "stock." + code + "." + part;
    }
}
