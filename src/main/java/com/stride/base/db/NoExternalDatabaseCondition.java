package com.stride.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is unset and the
 * embedded database is not switched off. Production sets the URL, so it never starts one.
 */
class NoExternalDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        boolean enabled = env.getProperty("stride.embedded-db.enabled", Boolean.class, true);
        return enabled && !StringUtils.hasText(env.getProperty("spring.datasource.url"));
    }
}
