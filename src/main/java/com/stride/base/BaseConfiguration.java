package com.stride.base;

import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class BaseConfiguration {

    /**
     * The one source of "now". Its zone is only the installation's default: "today" is each
     * clinic's own ({@code clinic.ClinicCalendar}). Tests replace it to move time without sleeping.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${stride.time-zone:}") String timeZone) {
        return Clock.system(InstallationDefaults.zone(timeZone));
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
