package com.stride.base.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    record Titled(@Size(max = 12, message = Messages.TOO_LONG) String title,
                  @Size(min = 3, max = 8, message = Messages.LENGTH_BETWEEN) String code) {
    }

    @Test
    void eachKindOfRefusalHasOneWordingFilledFromItsLimit() {
        assertThat(Messages.tooLong(60)).isEqualTo("Use at most 60 characters");
        assertThat(Messages.tooShort(12)).isEqualTo("Use at least 12 characters");
        assertThat(Messages.numberBetween(1, 600, "seconds")).isEqualTo("Use 1-600 seconds");
        assertThat(Messages.nameTaken("a template")).isEqualTo("Your clinic already has a template with this name");
        assertThat(Messages.withMax("A plan can have at most {max} exercises", 30))
                .isEqualTo("A plan can have at most 30 exercises");
    }

    @Test
    void beanValidationFillsTheSameTemplatesFromTheAnnotation() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Problems problems = Problems.of(validator, new Titled("A title far too long", "ab"));
            assertThat(problems.asMap()).containsExactly(
                    Map.entry("code", "Use 3-8 characters"),
                    Map.entry("title", "Use at most 12 characters"));
        }
    }

    @Test
    void aTemplateWithoutItsValueIsAnErrorInOurCodeNotAMessage() {
        assertThatThrownBy(() -> Messages.fill(Messages.NUMBER_BETWEEN, Map.of("min", 1, "max", 2)))
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
