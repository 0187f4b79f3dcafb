package com.stride.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.KaribuTest;
import com.vaadin.flow.component.UI;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Spring's validator, the one services use, refuses in the language of the person's screen. */
class ValidationLanguageTest extends KaribuTest {

    record Draft(@Size(max = 5, message = Messages.TOO_LONG) @PlainText String title) {
    }

    @Autowired
    private Validator validator;

    @Test
    void springsValidatorSpeaksTheLanguageOfTheUi() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        assertThat(Problems.of(validator, new Draft("Viel zu lang")).asMap())
                .containsExactly(Map.entry("title", "Höchstens 5 Zeichen"));
        assertThat(Problems.of(validator, new Draft("<b>")).asMap())
                .containsExactly(Map.entry("title", Messages.markup()));
        assertThat(Messages.markup()).startsWith("Bitte entfernen Sie");

        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        assertThat(Problems.of(validator, new Draft("Demasiado largo")).asMap())
                .containsExactly(Map.entry("title", "Usa como máximo 5 caracteres"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(Problems.of(validator, new Draft("Far too long")).asMap())
                .containsExactly(Map.entry("title", "Use at most 5 characters"));
    }
}
