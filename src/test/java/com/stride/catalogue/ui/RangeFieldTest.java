package com.stride.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.catalogue.Range;
import com.stride.i18n.Language;
import com.stride.i18n.Text;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a PT types into a dosage field, in each language. */
class RangeFieldTest {

    @Test
    void anEnglishFieldReadsNumbersDashesAndTo() {
        RangeField reps = in(Language.ENGLISH);
        assertThat(read(reps, "12")).contains(Range.of(12));
        assertThat(read(reps, "10-12")).contains(Range.of(10, 12));
        assertThat(read(reps, " 10 – 12 ")).contains(Range.of(10, 12));
        assertThat(read(reps, "10 to 12")).contains(Range.of(10, 12));
        assertThat(read(reps, "10 bis 12")).isEmpty();
        assertThat(reps.isUnreadable()).isTrue();
        assertThat(reps.getAllowedCharPattern()).isEqualTo("[0-9 \\-–—tToO]");
    }

    @Test
    void aGermanFieldReadsBisAndStillTo() {
        RangeField reps = in(Language.GERMAN);
        assertThat(read(reps, "10 bis 12")).contains(Range.of(10, 12));
        assertThat(read(reps, "10 Bis 12")).contains(Range.of(10, 12));
        assertThat(read(reps, "1000 bis 1200")).contains(Range.of(1000, 1200));
        assertThat(read(reps, "10 to 12")).contains(Range.of(10, 12));
        assertThat(read(reps, "10 a 12")).isEmpty();
        assertThat(reps.getMaxLength()).isGreaterThanOrEqualTo("1000 bis 1200".length());
        assertThat(reps.getAllowedCharPattern()).isEqualTo("[0-9 \\-–—tToObBiIsS]");
    }

    @Test
    void aSpanishFieldReadsA() {
        RangeField reps = in(Language.SPANISH);
        assertThat(read(reps, "10 a 12")).contains(Range.of(10, 12));
        assertThat(read(reps, "10a12")).contains(Range.of(10, 12));
        assertThat(read(reps, "10 bis 12")).isEmpty();
        assertThat(reps.getAllowedCharPattern()).isEqualTo("[0-9 \\-–—tToOaA]");
        assertThat(reps.unreadableMessage()).isEqualTo("Escribe un número entero o un rango como 10-12");
    }

    @Test
    void aWholeNumberFieldTakesNoRangeInAnyLanguage() {
        RangeField days = Text.writingFor(Language.GERMAN, () -> RangeField.wholeNumber("Tage", null));
        assertThat(read(days, "3")).contains(Range.of(3));
        assertThat(read(days, "3 bis 4")).isEmpty();
        assertThat(days.getAllowedCharPattern()).isEqualTo("[0-9]");
    }

    /** The field lets through the letters of its word and no other character, so a word is letters only. */
    @Test
    void eachLanguagesWordIsLettersOnly() {
        for (Language language : Language.values()) {
            assertThat(Text.get(language, "catalogue.range.to")).as(language.name()).matches("\\p{L}+");
        }
    }

    private static RangeField in(Language language) {
        return Text.writingFor(language, () -> new RangeField("Reps", null));
    }

    private static Optional<Range> read(RangeField field, String typed) {
        field.setValue(typed);
        return field.range();
    }
}
