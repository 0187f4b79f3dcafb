package com.stride.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.stride.audit.AuditAction;
import com.stride.audit.AuditEntry;
import com.stride.test.KaribuTest;
import com.stride.test.StatementCounter;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theAdminFiltersTheClinicsLogByAction() {
        login("admin");
        open("audit");
        assertThat(GridKt._size(grid())).isPositive();

        @SuppressWarnings("unchecked")
        Select<AuditAction> action = _get(Select.class, spec -> spec.withLabel("Action"));
        action.setValue(AuditAction.PLAN_ASSIGNED);

        assertThat(GridKt._findAll(grid())).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.PLAN_ASSIGNED);
            assertThat(entry.username()).isIn("pt.maya", "pt.sam");
        });
    }

    @Test
    void theLogSpeaksTheAdminsLanguageAndShowsTheClinicsZone() {
        login("admin");
        UI.getCurrent().setLocale(Locale.GERMAN);
        open("audit");
        _get(H2.class, spec -> spec.withText("Audit-Protokoll"));
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = _get(Select.class, spec -> spec.withLabel("Aktion"));
        assertThat(action.getItemLabelGenerator().apply(AuditAction.PLAN_ASSIGNED)).isEqualTo("Übungsplan zugewiesen");
        String zone = jdbc.queryForObject("""
                select c.time_zone from clinic c join app_user u on u.clinic_id = c.id
                where u.username = 'admin'""", String.class);
        assertThat(grid().getColumnByKey("time").getHeaderText()).isEqualTo("Zeit (" + zone + ")");
        DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("Von"));
        assertThat(from.getI18n().getMonthNames()).startsWith("Januar", "Februar", "März");
        assertThat(from.getI18n().getDateFormats()).containsExactly("dd.MM.yyyy", "d.M.yyyy", "d.M.yy", "yyyy-MM-dd");
        assertThat(from.getI18n().getFirstDayOfWeek()).isOne();
    }

    @Test
    void theLogCostsTheSameStatementsHoweverLongItIs() {
        login("admin");
        openFirstPage(); // reads the clinic's zone, which is then kept for a minute (ClinicCalendar)
        open("password");
        int few = StatementCounter.countDuring(this::openFirstPage);
        jdbc.update("""
                insert into audit_event (occurred_at, user_id, clinic_id, action, target_type, target_id)
                select now(), u.id, u.clinic_id, 'PLAN_EXPORTED', 'plan', g
                from app_user u, generate_series(1, 500) g where u.username = 'pt.maya'""");
        open("password"); // leave the view, which navigation would otherwise reuse: both counts of a fresh one
        int many = StatementCounter.countDuring(this::openFirstPage);
        assertThat(many).isEqualTo(few);
    }

    @Test
    void aRunnerOpeningAnAdminPageIsRefusedAndAudited() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        login("runner.jordan");
        open("audit");
        _get(H2.class, spec -> spec.withText("This page is not available to you"));

        assertThat(jdbc.queryForList("""
                        select e.action || ' ' || e.target_type || ' ' || e.detail from audit_event e
                        join app_user u on u.id = e.user_id and u.clinic_id = e.clinic_id
                        where e.id > ? and u.username = 'runner.jordan'""", String.class, before))
                .containsExactly("ACCESS_DENIED route /audit");
    }

    private void openFirstPage() {
        open("audit");
        GridKt._size(grid());
        GridKt._get(grid(), 0);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withClasses("audit-grid"));
    }
}
