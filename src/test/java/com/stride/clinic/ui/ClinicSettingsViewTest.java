package com.stride.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.stride.i18n.Language;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FreshDatabase
class ClinicSettingsViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theAdminSetsTheClinicsZoneAndDefaultLanguage() {
        login("hilltop.admin");
        open("clinic");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        zone.setValue("Australia/Brisbane");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("clinic-now"))
                .getText()).startsWith("Now in this zone: ");
        @SuppressWarnings("unchecked")
        Select<Language> language = _get(Select.class, spec -> spec.withLabel("Default language"));
        language.setValue(Language.GERMAN);
        _get(Button.class, spec -> spec.withText("Save settings")).click();

        NotificationsKt.expectNotifications("Clinic settings saved.");
        assertThat(jdbc.queryForObject("""
                select c.time_zone || ' ' || c.default_language from clinic c
                join app_user u on u.clinic_id = c.id where u.username = 'hilltop.admin'""", String.class))
                .isEqualTo("Australia/Brisbane de");
        // the other clinic is untouched
        assertThat(jdbc.queryForObject("""
                select c.default_language from clinic c join app_user u on u.clinic_id = c.id
                where u.username = 'admin'""", String.class)).isEqualTo("en");
    }

    @Test
    void aStaleCopyIsRefusedWithAMessageAndShowsTheOtherAdminsValues() {
        login("hilltop.admin");
        open("clinic");
        jdbc.update("update clinic set time_zone = 'Asia/Tokyo', version = version + 1 where id = "
                + "(select clinic_id from app_user where username = 'hilltop.admin')");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        zone.setValue("Europe/Berlin");
        _get(Button.class, spec -> spec.withText("Save settings")).click();

        NotificationsKt.expectNotifications("Another admin changed these settings while you were editing. Nothing was "
                + "saved: check their values, then make your change again.");
        assertThat(zone.getValue()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void theScreenSpeaksGermanToAGermanAdmin() {
        login("hilltop.admin");
        UI.getCurrent().setLocale(Language.GERMAN.locale());
        open("clinic");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Zeitzone"))).isNotNull();
        assertThat(_get(Button.class, spec -> spec.withText("Einstellungen speichern"))).isNotNull();
    }
}
