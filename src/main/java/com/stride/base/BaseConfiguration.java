package com.stride.base;

import java.time.Clock;
import java.time.ZoneId;
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
     * The one source of "now", in the clinics' time zone, so that "today" (a plan's start, a runner's
     * day) is the local date. Tests replace it to move time without sleeping.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${stride.time-zone:}") String timeZone) {
        return timeZone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(timeZone));
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
