package com.stride.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stride.i18n.DistanceUnit;
import com.stride.security.Caller;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FreshDatabase
class PreferencesViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aRunnerChoosesSpanishAndMilesAndTheSessionFollowsAtOnce() {
        login("runner.jordan");
        open("preferences");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> language = _get(RadioButtonGroup.class, spec -> spec.withLabel("Language"));
        assertThat(language.getValue()).isEqualTo(PreferencesView.BROWSER);
        language.setValue("es");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DistanceUnit> unit = _get(RadioButtonGroup.class, spec -> spec.withLabel("Distances"));
        unit.setValue(DistanceUnit.MILES);
        _get(Button.class, spec -> spec.withText("Save")).click();

        assertThat(jdbc.queryForObject("select language || ' ' || distance_unit from app_user "
                + "where username = 'runner.jordan'", String.class)).isEqualTo("es MILES");
        // the signed-in session now carries the choice, so the next page is built in Spanish
        assertThat(Caller.current().orElseThrow().language()).isEqualTo("es");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PREFERENCES_CHANGED'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void followingTheBrowserAgainStoresNoLanguage() {
        jdbc.update("update app_user set language = 'de' where username = 'pt.maya'");
        login("pt.maya");
        open("preferences");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> language = _get(RadioButtonGroup.class, spec -> spec.withLabel("Sprache"));
        assertThat(language.getValue()).isEqualTo("de");
        language.setValue(PreferencesView.BROWSER);
        _get(Button.class, spec -> spec.withText("Speichern")).click();
        assertThat(jdbc.queryForObject("select language from app_user where username = 'pt.maya'", String.class))
                .isNull();
    }
}
