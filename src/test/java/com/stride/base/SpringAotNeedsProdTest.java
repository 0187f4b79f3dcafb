package com.stride.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SpringAotNeedsProdTest {

    @Test
    void springAotStartsOnlyWithTheProfileItWasBuiltFor() {
        assertThatThrownBy(() -> SpringAotNeedsProd.check(true, startedWith("demo")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[demo]")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=prod");
        assertThatCode(() -> SpringAotNeedsProd.check(true, startedWith())).doesNotThrowAnyException();
        assertThatCode(() -> SpringAotNeedsProd.check(true, startedWith("prod", "training")))
                .doesNotThrowAnyException();
        assertThatCode(() -> SpringAotNeedsProd.check(false, new MockEnvironment())).doesNotThrowAnyException();
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThatCode(() -> SpringAotNeedsProd.check(false, demo)).as("without Spring AOT every profile starts")
                .doesNotThrowAnyException();
    }

    /** As an AOT start has it: the generated initialisation adds "prod" to the profiles given at start. */
    private static MockEnvironment startedWith(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.addActiveProfile("prod");
        for (String profile : profiles) {
            environment.addActiveProfile(profile);
        }
        return environment;
    }
}
