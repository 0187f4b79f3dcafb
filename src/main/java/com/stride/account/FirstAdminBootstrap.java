package com.stride.account;

import com.stride.clinic.Clinic;
import com.stride.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first admin of a fresh production install, from environment variables read at start-up
 * (STRIDE_BOOTSTRAP_*). It acts only while the database holds no account at all, so a variable
 * left behind can never create or reset anything later. The password is never logged.
 */
@Component
@EnableConfigurationProperties(FirstAdminBootstrap.Settings.class)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    @ConfigurationProperties("stride.bootstrap")
    record Settings(String clinicName, String adminUsername, String adminName, String adminEmail,
                    String adminPassword) {

        boolean requested() {
            return StringUtils.hasText(adminUsername) || StringUtils.hasText(adminPassword);
        }

        @Override
        public String toString() {
            return "Settings[clinicName=" + clinicName + ", adminUsername=" + adminUsername + ", adminName=" // literal: for logs
                    + adminName + ", adminEmail=" + adminEmail + ", adminPassword="
                    + (adminPassword == null ? "unset" : "(set)") + "]";
        }

        boolean complete() {
            return StringUtils.hasText(clinicName) && StringUtils.hasText(adminUsername)
                    && StringUtils.hasText(adminName) && StringUtils.hasText(adminEmail)
                    && StringUtils.hasText(adminPassword);
        }
    }

    private final Settings settings;
    private final AccountProvisioning provisioning;

    FirstAdminBootstrap(Settings settings, AccountProvisioning provisioning) {
        this.settings = settings;
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = !provisioning.anyAccountExists();
        if (!settings.requested()) {
            if (empty) {
                log.warn("No accounts exist. Set the STRIDE_BOOTSTRAP_* variables (see README) to create the first admin.");
            }
            return;
        }
        if (!empty) {
            log.info("Accounts exist, so STRIDE_BOOTSTRAP_* is ignored; you can remove those variables.");
            return;
        }
        if (!settings.complete()) {
            throw new IllegalStateException("STRIDE_BOOTSTRAP_CLINIC_NAME, _ADMIN_USERNAME, _ADMIN_NAME, "
                    + "_ADMIN_EMAIL and _ADMIN_PASSWORD must all be set to create the first admin");
        }
        Clinic clinic = provisioning.ensureClinic(settings.clinicName());
        provisioning.ensureAccount(clinic,
                new NewAccount(settings.adminUsername(), settings.adminName(), settings.adminEmail(), Role.ADMIN),
                settings.adminPassword());
        log.info("Created the first admin '{}' of clinic '{}'. Remove the STRIDE_BOOTSTRAP_* variables now.",
                AppUser.normalizeUsername(settings.adminUsername()), clinic.getName());
    }
}
