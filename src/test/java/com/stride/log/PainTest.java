package com.stride.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PainTest {

    @Test
    void theScaleHasItsAnchorsAndZones() {
        assertThat(Pain.anchor(0)).isEqualTo("No pain");
        assertThat(Pain.anchor(10)).isEqualTo("Worst imaginable");
        assertThat(Pain.zone(3)).isEqualTo(Pain.Zone.SAFE);
        assertThat(Pain.zone(4)).isEqualTo(Pain.Zone.ACCEPTABLE);
        assertThat(Pain.zone(5)).isEqualTo(Pain.Zone.ACCEPTABLE);
        assertThat(Pain.zone(6)).isEqualTo(Pain.Zone.TOO_MUCH);
    }
}
