package com.stride.base.validation;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring's validator (services, forms) speaks our bundles' messages in the person's language. */
@Configuration(proxyBeanMethods = false)
class ValidationSetup {

    /**
     * Replaces the interpolator Spring Boot sets, which reads ValidationMessages and Spring's
     * request locale; Hibernate's own messages still come from Hibernate, in the person's language.
     */
    @Bean
    static ValidationConfigurationCustomizer bundleMessages() {
        return configuration -> configuration.messageInterpolator(
                new BundleMessageInterpolator(configuration.getDefaultMessageInterpolator()));
    }
}
