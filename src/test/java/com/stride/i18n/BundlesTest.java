package com.stride.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language has every message, parses, and is really translated. */
class BundlesTest {

    private static final Path FILES = Path.of("src/main/resources/i18n");

    /**
     * Messages that are the same in English and the other language on purpose: formats and units
     * the languages share, international words, names. Each entry is "key" or "key@language".
     */
    private static final Set<String> SAME_AS_ENGLISH_ON_PURPOSE = Set.of(
            "base.title", "base.format.date@es", "base.format.shortDate@es", "base.format.dateTime@es",
            "base.format.dateTimeSeconds@es", "base.format.dayMonth@es");

    /** Words that are spelt the same in English and in the language. */
    private static final Map<Language, Set<String>> SHARED_WORDS = Map.of(
            Language.GERMAN, Set.of("Name", "Status", "Plan", "Video", "Code", "Version", "Pause", "Detail",
                    "Optional", "Optional: .", " (optional)", "Phase ", "Version "),
            Language.SPANISH, Set.of("Plan", "plan", "Core"));

    /** A simple argument ({name}, {value, number, ...}): not a word of the language. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\w+(, ?number[^{}]*)?}");

    @Test
    void theBundleListMatchesTheFiles() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(FILES)) {
            files.map(f -> f.getFileName().toString().replaceFirst("(_[a-z]{2})?\\.properties$", ""))
                    .forEach(names::add);
        }
        Set<String> listed = new TreeSet<>(Bundles.NAMES);
        listed.add(Bundles.STOCK);
        assertThat(names).isEqualTo(listed);
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        List<String> problems = new ArrayList<>();
        for (String name : Bundles.NAMES) {
            Set<String> english = Bundles.read(name, Language.ENGLISH).keySet();
            for (Language language : Language.values()) {
                Set<String> keys = Bundles.read(name, language).keySet();
                new TreeSet<>(english).stream().filter(k -> !keys.contains(k))
                        .forEach(k -> problems.add(name + "_" + language.code() + " lacks " + k));
                new TreeSet<>(keys).stream().filter(k -> !english.contains(k))
                        .forEach(k -> problems.add(name + "_" + language.code() + " has " + k + ", which English lacks"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyStartsWithItsBundleAndNoMessageIsBlank() {
        List<String> problems = new ArrayList<>();
        for (String name : Bundles.NAMES) {
            for (Language language : Language.values()) {
                Bundles.read(name, language).forEach((key, text) -> {
                    if (!key.startsWith(name + ".")) {
                        problems.add(name + "_" + language.code() + ": " + key + " does not start with " + name + ".");
                    }
                    if (text.isBlank()) {
                        problems.add(name + "_" + language.code() + ": " + key + " is blank");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageParsesAndNamesTheSameArgumentsAsEnglish() {
        List<String> problems = new ArrayList<>();
        for (String name : Bundles.NAMES) {
            Map<String, String> english = Bundles.read(name, Language.ENGLISH);
            for (Language language : Language.values()) {
                Bundles.read(name, language).forEach((key, text) -> {
                    try {
                        Set<String> arguments = new MessageFormat(text, ULocale.forLocale(language.locale()))
                                .getArgumentNames();
                        String original = english.get(key);
                        if (original != null) {
                            Set<String> expected = new MessageFormat(original, ULocale.ENGLISH).getArgumentNames();
                            if (!arguments.equals(expected)) {
                                problems.add(name + "_" + language.code() + ": " + key + " has arguments " + arguments
                                        + ", English " + expected);
                            }
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(name + "_" + language.code() + ": " + key + " does not parse: " + e.getMessage());
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTranslationIsLeftInEnglish() {
        List<String> problems = new ArrayList<>();
        Pattern words = Pattern.compile("[A-Za-z]{4,}");
        for (String name : Bundles.NAMES) {
            Map<String, String> english = Bundles.read(name, Language.ENGLISH);
            for (Language language : List.of(Language.GERMAN, Language.SPANISH)) {
                Bundles.read(name, language).forEach((key, text) -> {
                    String wording = ARGUMENT.matcher(text).replaceAll("");
                    boolean allowed = SAME_AS_ENGLISH_ON_PURPOSE.contains(key)
                            || SAME_AS_ENGLISH_ON_PURPOSE.contains(key + "@" + language.code())
                            || SHARED_WORDS.get(language).contains(wording);
                    if (text.equals(english.get(key)) && words.matcher(wording).find() && !allowed) {
                        problems.add(name + "_" + language.code() + ": " + key + " is the English \"" + text + "\"");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingKeyShowsAsSuchAndAnArgumentIsFilledPerLanguage() {
        assertThat(Text.get(Language.GERMAN, "base.no.such.key")).isEqualTo("⟦base.no.such.key⟧");
        assertThat(Text.get(Language.ENGLISH, "base.ago.days", "days", 3)).isEqualTo("3 days ago");
        assertThat(Text.get(Language.GERMAN, "base.ago.days", "days", 1)).isEqualTo("Gestern");
        assertThat(Text.get(Language.SPANISH, "base.ago.days", "days", 4)).isEqualTo("hace 4 días");
        assertThat(Text.get(Language.GERMAN, "base.distance.kilometres", "value", 5260.0 / 1000)).isEqualTo("5,3 km");
        assertThat(Text.get(Language.ENGLISH, "base.format.number", "value", 12000)).isEqualTo("12,000");
        assertThat(Text.get(Language.GERMAN, "base.format.number", "value", 12000)).isEqualTo("12.000");
    }
}
