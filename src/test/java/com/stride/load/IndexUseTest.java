package com.stride.load;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stride.plan.PlanDetails;
import com.stride.plan.PlanService;
import com.stride.plan.RunnerScope;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.stride.test.StatementCounter;
import com.stride.test.TestDatabase;
import com.stride.test.TestPlans;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The hot paths read a runner's own rows through indexes, whatever else the database holds. With
 * a second, large clinic beside the demo (3,000 runners and 90,000 sessions), every statement
 * that Today, a tick, History, the runners list and a runner's page send is run again under
 * PostgreSQL's auto_explain, which also shows the statements inside SQL functions, and no plan may
 * scan a large table from end to end.
 */
@FreshDatabase
class IndexUseTest extends KaribuTest {

    private static final Set<String> LARGE = Set.of("session_log", "exercise_log", "plan", "plan_revision",
            "plan_item", "app_user", "runner_therapist");

    @Autowired
    private PlanService plans;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void todayTicksHistoryAndThePtPagesUseIndexesBesideALargeClinic() throws Exception {
        LoadData.generate(TestDatabase.jdbcUrl(), "postgres", "postgres", 3000, 10, 30);
        LocalDate today = LocalDate.now(clock);
        PlanDetails plan = TestPlans.assignPriyaPlan(plans, jdbc, today.minusDays(20));

        List<StatementCounter.Recorded> statements = new ArrayList<>();
        login("runner.priya");
        statements.addAll(StatementCounter.recordDuring(() -> {
            open("today");
            _get(Button.class, spec -> spec.withAttribute("aria-label", "Mark Glute bridge done")).click();
            _get(Button.class, spec -> spec.withAttribute("aria-label", "Undo Glute bridge")).click();
            open("history");
        }));
        logout();
        login("pt.maya");
        statements.addAll(StatementCounter.recordDuring(() -> {
            open("runners");
            GridKt._fetch(_get(Grid.class), 0, 50);
            open("runners/" + plan.runnerId());
        }));
        logout();
        // a PT of the large clinic, all 3,000 of its runners, scrolled far down: the page walks the name
        // index (V9). Not checked for full scans: this clinic is nearly all of the table.
        login(LoadData.therapist(1));
        List<StatementCounter.Recorded> largeClinic = StatementCounter.recordDuring(() -> {
            open("runners");
            _get(RadioButtonGroup.class).setValue(RunnerScope.ALL);
            GridKt._fetch(_get(Grid.class), 2000, 50);
        });
        logout();
        List<String> largeClinicScans = new ArrayList<>();
        for (StatementCounter.Recorded statement : largeClinic) {
            for (JsonNode logged : explain(statement)) {
                walk(logged.path("Plan"), logged.path("Query Text").asString(), new ArrayList<>(), largeClinicScans);
            }
        }
        assertThat(largeClinicScans).anyMatch(scan -> scan.endsWith("app_user_runner_name_idx"));

        List<JsonNode> explained = new ArrayList<>();
        for (StatementCounter.Recorded statement : statements) {
            explained.addAll(explain(statement));
        }
        List<String> fullScans = new ArrayList<>();
        List<String> indexScans = new ArrayList<>();
        for (JsonNode logged : explained) {
            walk(logged.path("Plan"), logged.path("Query Text").asString(), fullScans, indexScans);
        }
        assertThat(statements).hasSizeGreaterThan(10);
        // the statements inside the schedule and flag functions were seen too
        assertThat(indexScans).anyMatch(scan -> scan.startsWith("session_log"))
                .anyMatch(scan -> scan.startsWith("plan_item"));
        assertThat(fullScans).isEmpty();
    }

    private static void walk(JsonNode node, String query, List<String> fullScans, List<String> indexScans) {
        if (node.isMissingNode()) {
            return;
        }
        String type = node.path("Node Type").asString("");
        String relation = node.path("Relation Name").asString("");
        if (type.equals("Seq Scan") && LARGE.contains(relation)) {
            fullScans.add(relation + " in: " + query.strip());
        } else if (type.contains("Index") || type.contains("Bitmap Heap")) {
            indexScans.add(relation + " " + type + " " + node.path("Index Name").asString(""));
        }
        for (JsonNode child : node.path("Plans")) {
            walk(child, query, fullScans, indexScans);
        }
    }

    private static PreparedStatement bound(Connection db, String sql, StatementCounter.Recorded recorded)
            throws Exception {
        PreparedStatement statement = db.prepareStatement(sql);
        for (StatementCounter.Binding binding : recorded.bindings()) {
            binding.setter().invoke(statement, binding.args());
        }
        return statement;
    }

    private static void collect(SQLWarning warnings, List<JsonNode> plansLogged) {
        for (SQLWarning warning = warnings; warning != null; warning = warning.getNextWarning()) {
            String message = warning.getMessage();
            int json = message == null ? -1 : message.indexOf('{');
            if (json >= 0 && message.contains("plan:")) {
                plansLogged.add(UiClient.JSON.readTree(message.substring(json)));
            }
        }
    }

    /** Runs the statement again (and rolls it back) with auto_explain sending every plan as a notice. */
    private static List<JsonNode> explain(StatementCounter.Recorded recorded) throws Exception {
        List<JsonNode> plansLogged = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "postgres")) {
            db.setAutoCommit(false);
            try (Statement settings = db.createStatement()) {
                settings.execute("load 'auto_explain'");
                settings.execute("set auto_explain.log_min_duration = 0");
                settings.execute("set auto_explain.log_nested_statements = on");
                settings.execute("set auto_explain.log_format = json");
                settings.execute("set auto_explain.log_level = notice");
                settings.execute("set client_min_messages = notice");
            }
            Savepoint before = db.setSavepoint();
            try (PreparedStatement statement = bound(db, recorded.sql(), recorded)) {
                statement.execute();
                collect(statement.getWarnings(), plansLogged);
            } catch (SQLException refused) {
                // a write that cannot run twice (the app made it already, and undid it): plan it only
                db.rollback(before);
                try (PreparedStatement explain = bound(db, "explain (format json) " + recorded.sql(), recorded);
                     ResultSet plan = explain.executeQuery()) {
                    plan.next();
                    plansLogged.add(UiClient.JSON.readTree(plan.getString(1)).get(0));
                }
            }
            // a query's plan is logged when its portal closes, after its rows: the next statement carries it
            try (Statement next = db.createStatement()) {
                next.execute("select 1");
                collect(next.getWarnings(), plansLogged);
                collect(db.getWarnings(), plansLogged);
            } finally {
                db.rollback();
            }
        }
        return plansLogged;
    }
}
