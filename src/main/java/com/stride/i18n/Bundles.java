package com.stride.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The message bundles, read once: {@code i18n/<feature>.properties} in English and
 * {@code i18n/<feature>_<code>.properties} in each other language, UTF-8. Every key starts with
 * its bundle's name ("plan.builder.title" lives in plan), so two features can never claim one key.
 */
public final class Bundles {

    /** The features that have a bundle; a test checks that this matches the files. */
    public static final List<String> NAMES = List.of("base", "security", "account", "audit", "clinic",
            "catalogue", "plan", "log");

    /** The translations of the stock catalogue, keyed by stock code; English is in the database. */
    public static final String STOCK = "stock";

    private static final Bundles INSTANCE = new Bundles();

    private final Map<Language, Map<String, String>> messages = new EnumMap<>(Language.class);

    private Bundles() {
        for (Language language : Language.values()) {
            Map<String, String> all = new HashMap<>();
            for (String name : NAMES) {
                read(name, language).forEach((key, text) -> {
                    if (all.put(key, text) != null) {
                        throw new IllegalStateException("Message key " + key + " is in two bundles");
                    }
                });
            }
            if (language != Language.ENGLISH) {
                all.putAll(read(STOCK, language));
            }
            messages.put(language, Map.copyOf(all));
        }
    }

    static Bundles get() {
        return INSTANCE;
    }

    /** The text of a key in a language, or null when that bundle lacks it. */
    String text(Language language, String key) {
        return messages.get(language).get(key);
    }

    /** One bundle file as it is, for the tests that compare bundles. */
    public static Map<String, String> read(String name, Language language) {
        String file = "i18n/" + name + (language == Language.ENGLISH ? "" : "_" + language.code()) + ".properties";
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new HashMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
