package com.stride.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a person sees comes from a bundle: this reads our main sources and fails on a string
 * literal that looks like words ("Save", "No runners yet") where a bundle key belongs, and on a
 * key that no English bundle has. The allowed exceptions are in {@link LiteralScanner} and
 * docs/decisions/2026-12-03-languages.md.
 */
class LiteralTextTest {

    static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noViewDialogOrServicePassesALiteralText() {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            found.addAll(LiteralScanner.literalTexts(file, read(file)));
        }
        assertThat(found).as("user-facing literals: put them in a bundle and pass the key").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInTheEnglishBundles() {
        List<String> missing = new ArrayList<>();
        for (Path file : sources()) {
            for (LiteralScanner.Literal literal : LiteralScanner.literals(read(file))) {
                String key = literal.text().replaceAll("^\\{(.*)}$", "$1");
                if (LiteralScanner.looksLikeKey(literal.text()) && !Text.has(key)) {
                    missing.add(file + ":" + literal.line() + " " + literal.text());
                }
            }
        }
        assertThat(missing).as("keys the code uses but no bundle has").isEmpty();
    }

    @Test
    void theScannerSeesWhatItShould() {
        String source = """
                class X {
                    void a() {
                        new Button("Save plan");
                        Text.get("plan.builder.save");
                        addClassName("today-card");
                        LOG.info("Saved plan {}", id);
                        throw new IllegalStateException("Cannot happen here");
                        span.setText("Done"); // literal: a test of the allowance
                        @NotBlank(message = "Enter a name") String name;
                        @Size(max = 3, message = "{plan.draft.titleRequired}") String title;
                        String sql = \"""
                                select name from exercise\""";
                        // new Button("In a comment")
                    }
                }
                """;
        assertThat(LiteralScanner.literalTexts(Path.of("X.java"), source))
                .containsExactly("X.java:3 \"Save plan\"", "X.java:9 \"Enter a name\"");
    }

    static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(LiteralScanner::scanned).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
