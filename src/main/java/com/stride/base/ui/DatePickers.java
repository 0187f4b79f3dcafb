package com.stride.base.ui;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import com.stride.i18n.Text;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the person's language: the date in digits as that language writes it
 * ({@code base.datePicker.format}, with the other forms it reads), month and weekday names and the
 * first day of the week of the language, and the picker's own buttons from the base bundle.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Sets the current language's locale and texts on each picker. */
    public static void localize(DatePicker... pickers) {
        DatePicker.DatePickerI18n i18n = i18n();
        for (DatePicker picker : pickers) {
            picker.setLocale(Text.locale());
            picker.setI18n(i18n);
        }
    }

    public static DatePicker.DatePickerI18n i18n() {
        Locale locale = Text.locale();
        // the picker counts weekdays from Sunday (0) to Saturday (6)
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                // the browser formats and reads the field without our month names: digits where the
                // language writes them ("03.12.2026"), and the shorter forms people type also read
                .setDateFormats(Text.get("base.datePicker.format"),
                        Text.get("base.datePicker.alsoRead").split("\\|"))
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale))
                .setToday(Text.get("base.datePicker.today"))
                .setCancel(Text.get("base.datePicker.cancel"));
    }

    /**
     * Sunday 0 to Saturday 6, in the language's main country: our locales are languages only, and
     * a language alone has no week ("de" starts on Monday, as in Germany).
     */
    static int firstDayOfWeek(Locale locale) {
        return Calendar.getInstance(ULocale.addLikelySubtags(ULocale.forLocale(locale))).getFirstDayOfWeek() - 1;
    }
}
