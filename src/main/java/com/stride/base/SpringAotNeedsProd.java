package com.stride.base;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.aot.AotDetector;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a jar in Spring AOT mode with any profile but "prod" (and "training", the AOT
 * cache's run). Its beans were worked out for "prod" when it was built, and Spring AOT adds "prod"
 * to whatever profiles are given at start, so "demo" would start silently without the demo's beans.
 * docs/decisions/2026-12-02-spring-aot.md
 */
@Component
class SpringAotNeedsProd {

    static final Set<String> ALLOWED = Set.of("prod", "training");

    SpringAotNeedsProd(Environment environment) {
        check(AotDetector.useGeneratedArtifacts(), environment);
    }

    static void check(boolean springAot, Environment environment) {
        List<String> others = Arrays.stream(environment.getActiveProfiles())
                .filter(profile -> !ALLOWED.contains(profile)).toList();
        if (springAot && !others.isEmpty()) {
            throw new IllegalStateException("This jar's Spring AOT initialisation was built for the \"prod\" profile "
                    + "and cannot start with " + others + ": start it with SPRING_PROFILES_ACTIVE=prod, or without "
                    + "-Dspring.aot.enabled=true");
        }
    }
}
