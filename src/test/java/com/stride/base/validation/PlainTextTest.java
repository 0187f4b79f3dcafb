package com.stride.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What people really write is welcome; only control characters and code-like markup are refused. */
class PlainTextTest {

    record Named(@PlainText String name) {
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Calves were tight \uD83D\uDE23 but OK \uD83D\uDC4D\uD83C\uDFFD",   // emoji with a skin tone
        "\uD83C\uDFC3\u200D\u2640\uFE0F 5 km \u2764\uFE0F \u2600",         // ZWJ sequence, BMP symbols
        "Zo\u00EB M\u00FCller-\u00C5str\u00F6m, Fran\u00E7ois, \u0141ukasz", // accents
        "\u819D\u304C\u5C11\u3057\u75DB\u3044",                               // Japanese
        "\u0623\u0644\u0645 \u0641\u064A \u0627\u0644\u0631\u0643\u0628\u0629 \u200F", // Arabic, RLM
        "\u05DB\u05D0\u05D1 \u05D1\u05D1\u05E8\u05DA",                        // Hebrew
        "\u0411\u043E\u043B\u044C \u0432 \u043A\u043E\u043B\u0435\u043D\u0435", // Russian
        "\u092E\u0947\u0930\u093E \u0918\u0941\u091F\u0928\u093E",            // Hindi
        "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",                   // Persian with ZWNJ
        "pain <3 today, 3 < 5, R&D, Q&A; a & b",                              // look like markup, are not
        "Line one\nLine two\r\n\ttabbed"})
    void whatPeopleWriteIsAccepted(String text) {
        assertThat(PlainTextValidator.problem(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</b>", "< b>",
        "<!-- x -->", "<?php", "&lt;b&gt;", "&#60;", "a <\u00E9l\u00E9ment>"})
    void markupIsRefusedWithItsOwnMessage(String text) {
        assertThat(PlainTextValidator.problem(text)).as(text).contains(Messages.markup());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bell\u0007", "nul\u0000", "esc\u001B[31m", "del\u007F", "c1\u0085",
        "Right\u202Eto left", "isolate\u2066x\u2069", "half an emoji \uD83D", "\uDE00 other half"})
    void controlCharactersAreRefusedWithTheirOwnMessage(String text) {
        assertThat(PlainTextValidator.problem(text)).as(text).contains(Messages.controlCharacters());
    }

    @Test
    void theAnnotationGivesTheSameMessages() {
        try (ValidatorFactory factory = BundleMessageInterpolator.validatorFactory()) {
            var validator = factory.getValidator();
            assertThat(Problems.of(validator, new Named("<b>x</b>")).asMap()).isEqualTo(Map.of("name", Messages.markup()));
            assertThat(Problems.of(validator, new Named("x\u0007")).asMap())
                    .isEqualTo(Map.of("name", Messages.controlCharacters()));
            assertThat(Problems.of(validator, new Named("Zo\u00EB \uD83C\uDFC3")).isEmpty()).isTrue();
            assertThat(Problems.of(validator, new Named(null)).isEmpty()).isTrue();
        }
    }
}
