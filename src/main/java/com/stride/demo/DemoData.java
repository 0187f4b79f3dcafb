package com.stride.demo;

import com.stride.account.AccountProvisioning;
import com.stride.account.NewAccount;
import com.stride.clinic.Clinic;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanService;
import com.stride.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo clinics and accounts, only with the {@code demo} profile (on for {@code ./mvnw spring-boot:run},
 * never in a packaged jar unless asked for). Idempotent: a restart adds nothing twice.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    static final String RIVERSIDE = "Riverside Physio";
    static final String HILLTOP = "Hilltop Sports Clinic";

    record DemoAccount(String clinic, String username, String name, Role role) {

        NewAccount toNewAccount() {
            return new NewAccount(username, name, username + "@demo.stride.invalid", role);
        }
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(RIVERSIDE, "admin", "Alex Reid", Role.ADMIN),
            new DemoAccount(RIVERSIDE, "pt.maya", "Maya Chen", Role.THERAPIST),
            new DemoAccount(RIVERSIDE, "pt.sam", "Sam Okafor", Role.THERAPIST),
            new DemoAccount(RIVERSIDE, "runner.jordan", "Jordan Lee", Role.RUNNER),
            new DemoAccount(RIVERSIDE, "runner.priya", "Priya Nair", Role.RUNNER),
            new DemoAccount(RIVERSIDE, "runner.tom", "Tom Becker", Role.RUNNER),
            new DemoAccount(RIVERSIDE, "runner.lena", "Lena Novak", Role.RUNNER),
            new DemoAccount(HILLTOP, "hilltop.admin", "Hana Ito", Role.ADMIN),
            new DemoAccount(HILLTOP, "hilltop.pt", "Diego Ruiz", Role.THERAPIST),
            new DemoAccount(HILLTOP, "hilltop.runner", "Chris Walsh", Role.RUNNER));

    /** Runner-PT links: Jordan sees two PTs; Priya has no plan yet but is Maya's. */
    static final List<List<String>> LINKS = List.of(
            List.of("runner.jordan", "pt.maya"), List.of("runner.jordan", "pt.sam"),
            List.of("runner.priya", "pt.maya"), List.of("runner.lena", "pt.maya"),
            List.of("runner.tom", "pt.sam"), List.of("hilltop.runner", "hilltop.pt"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Demo plans: runner, PT who writes it, template code, whether it is assigned, days since it started. */
    record DemoPlan(String runner, String therapist, String template, boolean active, int startedDaysAgo,
                    boolean withLogs) {
    }

    static final List<DemoPlan> PLANS = List.of(
            new DemoPlan("runner.jordan", "pt.maya", "glute-bridge-hip-flexor", true, 14, true),
            new DemoPlan("runner.tom", "pt.sam", "mobility-circuit", true, 6, false),
            new DemoPlan("runner.lena", "pt.maya", "post-run-stretches", false, 0, false),
            new DemoPlan("hilltop.runner", "hilltop.pt", "post-run-stretches", true, 10, false));

    private final AccountProvisioning provisioning;
    private final String password;
    private final PlanService plans;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoData(AccountProvisioning provisioning, @Value("${stride.demo.password}") String password,
             Environment environment, PlanService plans, UserDetailsService users, JdbcClient jdbc, Clock clock,
             PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.plans = plans;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        // Demo accounts share a published password: they must never exist next to real data.
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("The demo profile must not run together with the prod profile");
        }
        this.provisioning = provisioning;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoAccount account : ACCOUNTS) {
            Clinic clinic = provisioning.ensureClinic(account.clinic());
            if (provisioning.ensureAccount(clinic, account.toNewAccount(), password)) {
                created++;
            }
        }
        LINKS.forEach(link -> provisioning.ensureTherapistLink(link.get(0), link.get(1)));
        int plansCreated = 0;
        for (DemoPlan plan : PLANS) {
            // One transaction per plan: a plan is either complete or not there (and retried next start).
            if (Boolean.TRUE.equals(transaction.execute(status -> createPlan(plan)))) {
                plansCreated++;
            }
        }
        log.info("Demo data ready ({} accounts and {} plans created now); see README for the sign-ins.",
                created, plansCreated);
    }

    /**
     * Writes a demo plan the way a PT would, through the plan service and its checks, signed in as
     * that PT for the moment. Only for runners without any plan, so a restart adds nothing.
     */
    private boolean createPlan(DemoPlan demo) {
        long runnerId = id("select id from app_user where username = :key", demo.runner());
        if (jdbc.sql("select count(*) from plan where runner_id = :id").param("id", runnerId)
                .query(Integer.class).single() > 0) {
            return false;
        }
        long templateId = id("select id from plan_template where code = :key and clinic_id is null", demo.template());
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            UserDetails therapist = users.loadUserByUsername(demo.therapist());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(therapist, null,
                    therapist.getAuthorities()));
            SecurityContextHolder.setContext(context);
            PlanDetails plan = plans.createFromTemplate(runnerId, templateId);
            PlanDraft draft = plan.toDraft();
            plan = plans.save(plan.id(), plan.version(), new PlanDraft(draft.title(), draft.goal(),
                    LocalDate.now(clock).minusDays(demo.startedDaysAgo()), null, draft.items()));
            if (demo.active()) {
                plans.activate(plan.id(), plan.version(), false);
            }
            if (demo.withLogs()) {
                writeDemoLogs(plan.id(), demo.startedDaysAgo());
            }
            return true;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Two weeks of Jordan's logs, written straight into the tables because the runner's service only
     * takes today's and yesterday's entries: most days done, two missed, the second daily session
     * now and then, pain creeping up to a 6 yesterday with a note. Gives the PT a trend and flags.
     */
    private void writeDemoLogs(long planId, int startedDaysAgo) {
        LocalDate today = LocalDate.now(clock);
        int[] pain = {2, 2, 3, 2, 0, 3, 2, 3, 3, 0, 4, 3, 4, 6};
        for (int offset = startedDaysAgo; offset >= 1; offset--) {
            int index = startedDaysAgo - offset;
            if (index >= pain.length || pain[index] == 0) {
                continue; // a missed day
            }
            LocalDate day = today.minusDays(offset);
            java.sql.Timestamp now = java.sql.Timestamp.from(day.atTime(18, 0).atZone(clock.getZone()).toInstant());
            String note = switch (offset) {
                case 1 -> "The hip flexor stretch pinched at the front of my right hip after a long run.";
                case 4 -> "Bridges feel easy now.";
                default -> null;
            };
            Integer morning = offset % 2 == 0 ? Math.max(0, pain[index] - 1) : null;
            for (int session = 1; session <= (offset % 3 == 0 ? 2 : 1); session++) {
                long sessionId = jdbc.sql("""
                                insert into session_log (clinic_id, runner_id, plan_id, revision_id, session_date,
                                    session_number, pain_during, pain_next_morning, note, pain_during_at, pain_morning_at,
                                    created_at, updated_at)
                                select p.clinic_id, p.runner_id, p.id, r.id, :day, :session, :pain, :morning, :note,
                                       :duringAt, :morningAt, :now, :now
                                from plan p join plan_revision r on r.plan_id = p.id and r.number = 1
                                where p.id = :plan
                                returning id""")
                        .param("day", day).param("session", session)
                        .param("pain", session == 1 ? pain[index] : null, java.sql.Types.INTEGER)
                        .param("morning", session == 1 ? morning : null, java.sql.Types.INTEGER)
                        .param("note", session == 1 ? note : null, java.sql.Types.VARCHAR)
                        .param("duringAt", session == 1 ? now : null, java.sql.Types.TIMESTAMP)
                        .param("morningAt", session == 1 && morning != null ? now : null, java.sql.Types.TIMESTAMP)
                        .param("now", now).param("plan", planId)
                        .query(Long.class).single();
                // session 1 holds both exercises, session 2 only the twice-a-day bridge
                jdbc.sql("""
                                insert into exercise_log (session_id, revision_id, plan_item_id, status, created_at,
                                                          updated_at)
                                select s.id, s.revision_id, i.id, 'DONE', :now, :now
                                from session_log s join plan_item i on i.revision_id = s.revision_id
                                where s.id = :session and coalesce(i.times_per_day_min, 1) >= :number""")
                        .param("now", now).param("session", sessionId).param("number", session)
                        .update();
            }
        }
    }

    private long id(String sql, String key) {
        return jdbc.sql(sql).param("key", key).query(Long.class).single();
    }
}
