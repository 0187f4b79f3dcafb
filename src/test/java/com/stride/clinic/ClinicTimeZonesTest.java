package com.stride.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.ConcurrentEditException;
import com.stride.i18n.Language;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each clinic's "today" starts at its own midnight. Riverside is set to London (UTC+0 in
 * December) and Hilltop to Brisbane (UTC+10, no summer time): ten hours apart.
 */
@IntegrationTest
class ClinicTimeZonesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");

    @Autowired
    private ClinicSettingsService settings;
    @Autowired
    private ClinicCalendar calendar;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private com.stride.log.RunnerLogService logs;

    private long riverside;
    private long hilltop;
    private ZoneId installation;

    @BeforeEach
    void twoClinicsTenHoursApart() {
        riverside = clinicOf("admin");
        hilltop = clinicOf("hilltop.admin");
        installation = calendar.zone(riverside);
        SignIn.as("admin", () -> settings.change(LONDON, Language.ENGLISH, settings.settings().version()));
        SignIn.as("hilltop.admin", () -> settings.change(BRISBANE, Language.GERMAN, settings.settings().version()));
    }

    @AfterEach
    void backToTheInstallationsZone() {
        SignIn.as("admin", () -> settings.change(installation, Language.ENGLISH, settings.settings().version()));
        SignIn.as("hilltop.admin", () -> settings.change(installation, Language.ENGLISH,
                settings.settings().version()));
        TestClock.reset();
    }

    @Test
    void todayChangesAtEachClinicsOwnMidnight() {
        TestClock.setTo(Instant.parse("2026-12-03T13:59:50Z"));
        assertThat(calendar.today(riverside)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(calendar.today(hilltop)).isEqualTo(LocalDate.of(2026, 12, 3));

        // 00:00 in Brisbane, 14:00 in London
        TestClock.setTo(Instant.parse("2026-12-03T14:00:05Z"));
        assertThat(calendar.today(hilltop)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(calendar.today(riverside)).isEqualTo(LocalDate.of(2026, 12, 3));

        TestClock.setTo(Instant.parse("2026-12-03T23:59:50Z"));
        assertThat(calendar.today(riverside)).isEqualTo(LocalDate.of(2026, 12, 3));

        // 00:00 in London, 10:00 in Brisbane
        TestClock.setTo(Instant.parse("2026-12-04T00:00:05Z"));
        assertThat(calendar.today(riverside)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(calendar.today(hilltop)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void eachRunnersTodayIsTheirClinicsToday() {
        // 23:30 in Brisbane, 13:30 in London
        TestClock.setTo(Instant.parse("2026-12-03T13:30:00Z"));
        assertThat(SignIn.as("hilltop.runner", () -> logs.today())).isEqualTo(LocalDate.of(2026, 12, 3));
        // 00:30 in Brisbane: Chris's Today has moved on, Jordan's in London has not
        TestClock.setTo(Instant.parse("2026-12-03T14:30:00Z"));
        assertThat(SignIn.as("hilltop.runner", () -> logs.today())).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(SignIn.as("hilltop.runner", () -> logs.day(logs.today()).date()))
                .isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(SignIn.as("runner.jordan", () -> logs.today())).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void theDatabaseKeepsTheZoneAndTheDefaultLanguage() {
        assertThat(jdbc.queryForObject("select time_zone || ' ' || default_language from clinic where id = ?",
                String.class, hilltop)).isEqualTo("Australia/Brisbane de");
        assertThatThrownBy(() -> jdbc.update("update clinic set time_zone = 'Mars/Olympus' where id = ?", hilltop))
                .hasMessageContaining("unknown time zone");
        assertThatThrownBy(() -> jdbc.update("update clinic set default_language = 'fr' where id = ?", hilltop))
                .hasMessageContaining("clinic_default_language_chk");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CLINIC_SETTINGS_CHANGED'"
                + " and target_id = ?", Integer.class, hilltop)).isPositive();
    }

    @Test
    void onlyTheClinicsOwnAdminReadsOrChangesItsSettings() {
        assertThat(SignIn.as("hilltop.admin", () -> settings.settings().timeZone())).isEqualTo(BRISBANE);
        assertThat(SignIn.as("admin", () -> settings.settings().timeZone())).isEqualTo(LONDON);
        for (String notAnAdmin : new String[] {"pt.maya", "runner.jordan"}) {
            assertThatThrownBy(() -> SignIn.as(notAnAdmin, () -> settings.settings()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignIn.as(notAnAdmin, () -> settings.change(BRISBANE, Language.SPANISH, 0)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(calendar.zone(riverside)).isEqualTo(LONDON);
    }

    /** The service takes only what the view offers: a region's zone or UTC, not an alias or a fixed offset. */
    @Test
    void anAliasOrAFixedOffsetIsRefusedAndChangesNothing() {
        for (ZoneId refused : List.of(ZoneId.of("US/Pacific"), ZoneId.of("+05:00"), ZoneId.of("Etc/GMT+5"))) {
            assertThatThrownBy(() -> SignIn.as("hilltop.admin",
                    () -> settings.change(refused, Language.GERMAN, settings.settings().version())))
                    .as(refused.getId()).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(SignIn.as("hilltop.admin", () -> settings.settings().timeZone())).isEqualTo(BRISBANE);
        assertThat(calendar.zone(hilltop)).isEqualTo(BRISBANE);
    }

    @Test
    void aSecondAdminWorkingFromAnOldCopyIsToldAndChangesNothing() {
        long seen = SignIn.as("hilltop.admin", () -> settings.settings().version());
        SignIn.as("hilltop.admin", () -> settings.change(ZoneId.of("Europe/Berlin"), Language.GERMAN, seen));
        assertThatThrownBy(() -> SignIn.as("hilltop.admin", () -> settings.change(ZoneId.of("Asia/Tokyo"),
                Language.SPANISH, seen))).isInstanceOf(ConcurrentEditException.class);
        assertThat(calendar.zone(hilltop)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    private long clinicOf(String username) {
        return jdbc.queryForObject("select clinic_id from app_user where username = ?", Long.class, username);
    }
}
