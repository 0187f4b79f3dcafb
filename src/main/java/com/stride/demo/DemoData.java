package com.stride.demo;

import com.stride.account.AccountProvisioning;
import com.stride.account.NewAccount;
import com.stride.clinic.Clinic;
import com.stride.security.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

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

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountProvisioning provisioning;
    private final String password;

    DemoData(AccountProvisioning provisioning, @Value("${stride.demo.password}") String password,
             Environment environment) {
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
        log.info("Demo data ready ({} accounts created now, {} in all); see README for the sign-ins.",
                created, ACCOUNTS.size());
    }
}
