package com.stride.audit;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.clinic.ClinicCalendar;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanService;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.TestPlans;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

@IntegrationTest
@FreshDatabase
class AuditLogTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private AuditService auditLog;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private ClinicCalendar calendar;

    @Test
    void theAppsOwnDatabaseConnectionCannotChangeOrRemoveAuditRows() {
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isPositive();

        assertThatThrownBy(() -> jdbc.update("update audit_event set action = 'LOGOUT'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGOUT'", Integer.class))
                .isZero();
    }

    @Test
    void everyPlanCreateEditAssignEndAndExportLeavesItsRow() {
        long priya = userId("runner.priya");
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        PlanDetails plan = TestPlans.assignPriyaPlan(plans, jdbc, LocalDate.now());
        SignIn.as("pt.maya");
        PlanDetails current = plans.get(plan.id());
        PlanDetails edited = plans.save(plan.id(), current.version(), current.toDraft());
        plans.handout(plan.id());
        plans.end(plan.id(), edited.version());

        assertThat(jdbc.queryForList("""
                        select e.action || ' ' || e.target_type || ' ' || u.username from audit_event e
                        join app_user u on u.id = e.user_id where e.id > ? order by e.id""", String.class, before))
                .containsExactly("PLAN_CREATED plan pt.maya", "PLAN_ASSIGNED plan pt.maya",
                        "PLAN_EDITED plan pt.maya", "PLAN_EXPORTED plan pt.maya", "PLAN_ENDED plan pt.maya");
        assertThat(jdbc.queryForList("select distinct target_id from audit_event where id > ?", Long.class, before))
                .containsExactly(plan.id());
        assertThat(priya).isPositive();
    }

    @Test
    void adminsReadTheirOwnClinicsLogFilteredByUserActionAndDate() {
        PlanDetails plan = TestPlans.assignPriyaPlan(plans, jdbc, LocalDate.now());
        long maya = userId("pt.maya");

        SignIn.as("admin");
        List<AuditEntry> mine = auditLog.entries(new AuditFilter(maya, AuditAction.PLAN_ASSIGNED, LocalDate.now(),
                LocalDate.now()), 0, 50);
        assertThat(mine).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.userName()).isEqualTo("Maya Chen");
            assertThat(entry.action()).isEqualTo(AuditAction.PLAN_ASSIGNED);
            assertThat(entry.targetType()).isEqualTo("plan");
        });
        assertThat(mine).filteredOn(entry -> entry.targetId() == plan.id()).singleElement()
                .satisfies(entry -> assertThat(entry.targetName()).isEqualTo("Hip and calf strength"));
        assertThat(auditLog.count(new AuditFilter(maya, AuditAction.PLAN_ASSIGNED, LocalDate.now().plusDays(1),
                null))).isZero();
        assertThat(auditLog.people("may", 0, 10)).extracting(AuditPerson::username).containsExactly("pt.maya");

        SignIn.as("hilltop.admin");
        assertThat(auditLog.count(new AuditFilter(maya, null, null, null))).isZero();
        assertThat(auditLog.entries(AuditFilter.none(), 0, 200)).allSatisfy(entry ->
                assertThat(entry.username()).isIn("hilltop.admin", "hilltop.pt", "hilltop.runner"));
        assertThat(auditLog.people("", 0, 10)).extracting(AuditPerson::username)
                .containsExactlyInAnyOrder("hilltop.admin", "hilltop.pt", "hilltop.runner");
    }

    @Test
    void theDayFilterIsTheClinicsDayNotUtcs() {
        long maya = userId("pt.maya");
        long clinic = jdbc.queryForObject("select clinic_id from app_user where id = ?", Long.class, maya);
        String zone = jdbc.queryForObject("select time_zone from clinic where id = ?", String.class, clinic);
        jdbc.update("update clinic set time_zone = 'Pacific/Kiritimati' where id = ?", clinic); // UTC+14
        forgetZones();
        try {
            // 11:00 UTC on 10 January is 01:00 on 11 January in the clinic
            jdbc.update("""
                    insert into audit_event (occurred_at, user_id, clinic_id, action, target_type, target_id)
                    values (?, ?, ?, 'PLAN_EXPORTED', 'plan', 1)""",
                    Timestamp.from(Instant.parse("2026-01-10T11:00:00Z")), maya, clinic);
            SignIn.as("admin");
            LocalDate tenth = LocalDate.of(2026, 1, 10);
            LocalDate eleventh = LocalDate.of(2026, 1, 11);
            assertThat(auditLog.count(new AuditFilter(maya, AuditAction.PLAN_EXPORTED, eleventh, eleventh))).isOne();
            assertThat(auditLog.count(new AuditFilter(maya, AuditAction.PLAN_EXPORTED, tenth, tenth))).isZero();
        } finally {
            jdbc.update("update clinic set time_zone = ? where id = ?", zone, clinic);
            forgetZones();
        }
    }

    private void forgetZones() {
        calendar.reloadAll();
    }
}
