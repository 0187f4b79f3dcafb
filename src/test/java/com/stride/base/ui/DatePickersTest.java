package com.stride.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DatePickersTest {

    @AfterEach
    void backToNoLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aPickerSpeaksThePersonsLanguageAndStartsTheirWeek() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        DatePicker.DatePickerI18n german = DatePickers.i18n();
        assertThat(german.getMonthNames()).startsWith("Januar", "Februar", "März");
        assertThat(german.getWeekdays()).startsWith("Sonntag", "Montag");
        assertThat(german.getFirstDayOfWeek()).isOne();
        assertThat(german.getDateFormats()).containsExactly("dd.MM.yyyy", "d.M.yyyy", "d.M.yy", "yyyy-MM-dd");
        assertThat(german.getToday()).isEqualTo("Heute");
        assertThat(german.getCancel()).isEqualTo("Abbrechen");

        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(DatePickers.i18n().getMonthNames()).startsWith("enero");
        assertThat(DatePickers.i18n().getFirstDayOfWeek()).isOne();

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(DatePickers.i18n().getToday()).isEqualTo("Today");
        assertThat(DatePickers.i18n().getFirstDayOfWeek()).isZero();
    }
}
