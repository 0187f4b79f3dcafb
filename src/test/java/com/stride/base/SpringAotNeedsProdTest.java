package com.stride.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SpringAotNeedsProdTest {

    @Test
    void springAotStartsOnlyWithTheProfileItWasBuiltFor() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod", "training");

        assertThatThrownBy(() -> SpringAotNeedsProd.check(true, demo))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPRING_PROFILES_ACTIVE=prod");
        assertThatThrownBy(() -> SpringAotNeedsProd.check(true, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> SpringAotNeedsProd.check(true, prod)).doesNotThrowAnyException();
        assertThatCode(() -> SpringAotNeedsProd.check(false, demo)).doesNotThrowAnyException();
    }
}
