package com.stride.base.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class MessagesTest {

    record Titled(@Size(max = 12, message = Messages.TOO_LONG) String title,
                  @Size(min = 3, max = 8, message = Messages.LENGTH_BETWEEN) String code) {
    }

    record Named(@NotBlank String name) {
    }

    @AfterEach
    void backToNoLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void eachKindOfRefusalHasOneWordingFilledFromItsLimit() {
        assertThat(Messages.tooLong(60)).isEqualTo("Use at most 60 characters");
        assertThat(Messages.tooLong(1000)).isEqualTo("Use at most 1000 characters");
        assertThat(Messages.tooShort(12)).isEqualTo("Use at least 12 characters");
        assertThat(Messages.lengthBetween(3, 8)).isEqualTo("Use 3-8 characters");
        assertThat(Messages.numberBetween(1, 600, "seconds")).isEqualTo("Use 1-600 seconds");
        assertThat(Messages.nameTaken("a template")).isEqualTo("Your clinic already has a template with this name");
        assertThat(Messages.withMax("A plan can have at most {max} exercises", 30))
                .isEqualTo("A plan can have at most 30 exercises");
        assertThat(Messages.withMax(Messages.TOO_LONG, 30)).isEqualTo("Use at most 30 characters");
        assertThat(Messages.notTheSame()).isEqualTo("The two passwords are not the same");
        assertThat(Messages.text(Messages.RANGE_ORDER)).isEqualTo(Messages.rangeOrder())
                .isEqualTo("The first number must not be larger than the second");
    }

    @Test
    void beanValidationFillsTheSameTemplatesFromTheAnnotation() {
        try (ValidatorFactory factory = BundleMessageInterpolator.validatorFactory()) {
            Problems problems = Problems.of(factory.getValidator(), new Titled("A title far too long", "ab"));
            assertThat(problems.asMap()).containsExactly(
                    Map.entry("code", "Use 3-8 characters"),
                    Map.entry("title", "Use at most 12 characters"));
        }
    }

    @Test
    void beanValidationSpeaksThePersonsLanguage() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        try (ValidatorFactory factory = BundleMessageInterpolator.validatorFactory()) {
            assertThat(Problems.of(factory.getValidator(), new Titled("A title far too long", "ab")).asMap())
                    .containsExactly(Map.entry("code", "3 bis 8 Zeichen"), Map.entry("title", "Höchstens 12 Zeichen"));
            // Hibernate Validator's own messages, in the same language
            assertThat(Problems.of(factory.getValidator(), new Named(" ")).asMap())
                    .containsExactly(Map.entry("name", "darf nicht leer sein"));
        }
        assertThat(Messages.tooLong(1000)).isEqualTo("Höchstens 1.000 Zeichen");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es-MX"));
        assertThat(Messages.notTheSame()).isEqualTo("Las dos contraseñas no coinciden");
    }

    @Test
    void problemsReadATemplateGivenForAText() {
        assertThat(Problems.none().add("repeat", Messages.NOT_THE_SAME).asMap())
                .containsExactly(Map.entry("repeat", "The two passwords are not the same"));
        assertThat(Problems.none().add("note", "{not a key}").asMap()).containsExactly(Map.entry("note", "{not a key}"));
    }

    @Test
    void aTemplateWithoutItsValueIsAnErrorInOurCodeNotAMessage() {
        assertThatThrownBy(() -> Messages.fill("Use {min}-{max} {unit}", Map.of("min", 1, "max", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{unit}");
    }

    @Test
    void problemsKeepTheFirstMessageOfAFieldAndNestUnderAPrefix() {
        Problems dosage = Problems.none().add("reps", "first").add("reps", "second").add("note", "plain text");
        Problems plan = Problems.none().add("title", "Give the plan a title").addAll("items[2]", dosage);
        assertThat(plan.asMap()).containsExactly(
                Map.entry("title", "Give the plan a title"),
                Map.entry("items[2].reps", "first"),
                Map.entry("items[2].note", "plain text"));
        assertThat(plan.exception().fieldErrors()).isEqualTo(plan.asMap());
        assertThat(Problems.none().isEmpty()).isTrue();
    }
}
