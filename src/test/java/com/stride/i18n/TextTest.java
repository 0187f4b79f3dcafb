package com.stride.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void pluralsAndNumbersFollowEachLanguage() {
        assertThat(Text.get(Language.ENGLISH, "catalogue.dosage.timesPerDay", "times", 1)).isEqualTo("once a day");
        assertThat(Text.get(Language.ENGLISH, "catalogue.dosage.timesPerDay", "times", 3)).isEqualTo("3 times a day");
        assertThat(Text.get(Language.GERMAN, "catalogue.dosage.timesPerDay", "times", 2)).isEqualTo("zweimal täglich");
        assertThat(Text.get(Language.GERMAN, "catalogue.dosage.timesPerDay", "times", 12000))
                .isEqualTo("12.000-mal täglich");
        assertThat(Text.get(Language.GERMAN, "catalogue.dosage.sets", "upper", 1, "sets", "1")).isEqualTo("1 Satz");
        assertThat(Text.get(Language.SPANISH, "catalogue.dosage.sets", "upper", 3, "sets", "2-3"))
                .isEqualTo("2-3 series");
    }

    @Test
    void aMissingKeyShowsItselfRatherThanFailingThePage() {
        assertThat(Text.get(Language.ENGLISH, "no.such.key")).isEqualTo("⟦no.such.key⟧");
    }

    @Test
    void writingForSomeoneElseEndsWithTheWork() {
        String inside = Text.writingFor(Language.SPANISH,
                () -> Text.writingFor(Language.GERMAN, () -> Text.get("catalogue.dosage.timesPerDay", "times", 1))
                        + " / " + Text.get("catalogue.dosage.timesPerDay", "times", 1));
        assertThat(inside).isEqualTo("einmal täglich / una vez al día");
        assertThat(Text.get("catalogue.dosage.timesPerDay", "times", 1)).isEqualTo("once a day");
    }
}
