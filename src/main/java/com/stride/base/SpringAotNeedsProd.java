package com.stride.base;

import org.springframework.aot.AotDetector;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a jar in Spring AOT mode without the "prod" profile: its beans were worked out
 * for "prod" when it was built, so another profile would start silently without that profile's
 * beans (the demo data, the embedded database). docs/decisions/2026-12-02-spring-aot.md
 */
@Component
class SpringAotNeedsProd {

    static final String PROFILE = "prod";

    SpringAotNeedsProd(Environment environment) {
        check(AotDetector.useGeneratedArtifacts(), environment);
    }

    static void check(boolean springAot, Environment environment) {
        if (springAot && !environment.matchesProfiles(PROFILE)) {
            throw new IllegalStateException("This jar's Spring AOT initialisation was built for the \"" + PROFILE
                    + "\" profile: start it with SPRING_PROFILES_ACTIVE=" + PROFILE
                    + ", or without -Dspring.aot.enabled=true");
        }
    }
}
