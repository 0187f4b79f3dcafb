package com.stride.demo;

import com.stride.account.AccountProvisioning;
import com.stride.account.NewAccount;
import com.stride.clinic.Clinic;
import com.stride.clinic.ClinicTimeService;
import com.stride.log.LogBackfill;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanService;
import com.stride.plan.RunnerService;
import com.stride.plan.TemplateSummary;
import com.stride.security.Role;
import com.stride.security.RunAs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo clinics and accounts, only with the {@code demo} profile (on for {@code ./mvnw spring-boot:run},
 * never in a packaged jar unless asked for). Idempotent: a restart adds nothing twice. Everything
 * goes through the features' own services and system components: demo data owns no table.
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

    /** Jordan's pain during each day's first session, from the plan's first day; 0 is a missed day. */
    private static final int[] JORDAN_PAIN = {2, 2, 3, 2, 0, 3, 2, 3, 3, 0, 4, 3, 4, 6};

    private final AccountProvisioning provisioning;
    private final String password;
    private final PlanService plans;
    private final RunnerService runners;
    private final LogBackfill logs;
    private final UserDetailsService users;
    private final ClinicTimeService clinicTime;
    private final TransactionTemplate transaction;

    DemoData(AccountProvisioning provisioning, @Value("${stride.demo.password}") String password,
             Environment environment, PlanService plans, RunnerService runners, LogBackfill logs,
             UserDetailsService users, ClinicTimeService clinicTime, PlatformTransactionManager transactions) {
        // Demo accounts share a published password: they must never exist next to real data.
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("The demo profile must not run together with the prod profile");
        }
        this.provisioning = provisioning;
        this.password = password;
        this.plans = plans;
        this.runners = runners;
        this.logs = logs;
        this.users = users;
        this.clinicTime = clinicTime;
        this.transaction = new TransactionTemplate(transactions);
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
            if (Boolean.TRUE.equals(transaction.execute(status -> RunAs.user(users.loadUserByUsername(plan.therapist()),
                    () -> createPlan(plan))))) {
                plansCreated++;
            }
        }
        log.info("Demo data ready ({} accounts and {} plans created now); see README for the sign-ins.",
                created, plansCreated);
    }

    /**
     * Writes a demo plan the way its PT would, through the plan service and its checks. Only for
     * runners without any plan, so a restart adds nothing.
     */
    private boolean createPlan(DemoPlan demo) {
        long runnerId = provisioning.idOf(demo.runner());
        if (!runners.plansOf(runnerId).isEmpty()) {
            return false;
        }
        long templateId = plans.templates().stream().filter(t -> demo.template().equals(t.code()))
                .map(TemplateSummary::id).findFirst().orElseThrow();
        PlanDetails plan = plans.createFromTemplate(runnerId, templateId);
        PlanDraft draft = plan.toDraft();
        plan = plans.save(plan.id(), plan.version(), new PlanDraft(draft.title(), draft.goal(),
                clinicTime.today().minusDays(demo.startedDaysAgo()), null, draft.items()));
        if (demo.active()) {
            plans.activate(plan.id(), plan.version(), false);
        }
        if (demo.withLogs()) {
            writeDemoLogs(plan.id(), demo.startedDaysAgo());
        }
        return true;
    }

    /**
     * Two weeks of Jordan's logs, as if logged each evening: most days done, two missed, the second
     * daily session now and then, pain creeping up to a 6 yesterday with a note. Gives the PT a
     * trend and flags.
     */
    private void writeDemoLogs(long planId, int startedDaysAgo) {
        // the PT's clinic's days and evenings, as its runner would have logged them
        LocalDate today = clinicTime.today();
        ZoneId zone = clinicTime.zone();
        for (int offset = startedDaysAgo; offset >= 1; offset--) {
            int index = startedDaysAgo - offset;
            if (index >= JORDAN_PAIN.length || JORDAN_PAIN[index] == 0) {
                continue; // a missed day
            }
            LocalDate day = today.minusDays(offset);
            Instant evening = day.atTime(18, 0).atZone(zone).toInstant();
            Integer morning = offset % 2 == 0 ? Math.max(0, JORDAN_PAIN[index] - 1) : null;
            logs.sessionDone(planId, day, 1, JORDAN_PAIN[index], morning, note(offset), evening);
            if (offset % 3 == 0) {
                logs.sessionDone(planId, day, 2, null, null, null, evening);
            }
        }
    }

    private static @Nullable String note(int daysAgo) {
        return switch (daysAgo) {
            case 1 -> "The hip flexor stretch pinched at the front of my right hip after a long run.";
            case 4 -> "Bridges feel easy now.";
            default -> null;
        };
    }
}
