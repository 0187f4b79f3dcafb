package com.stride.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressReaderTest {

    @Test
    void zonesAreNamedTheWayPostgresqlReadsThem() {
        assertThat(ProgressReader.sqlZone(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(ProgressReader.sqlZone(ZoneId.of("Europe/Helsinki"))).isEqualTo("Europe/Helsinki");
        // POSIX offsets count west of Greenwich
        assertThat(ProgressReader.sqlZone(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC-05:30");
        assertThat(ProgressReader.sqlZone(ZoneOffset.ofHours(-4))).isEqualTo("UTC+04:00");
    }

    @Test
    void theScaleHasItsAnchorsAndZones() {
        assertThat(Pain.anchor(0)).isEqualTo("No pain");
        assertThat(Pain.anchor(10)).isEqualTo("Worst imaginable");
        assertThat(Pain.zone(3)).isEqualTo(Pain.Zone.SAFE);
        assertThat(Pain.zone(5)).isEqualTo(Pain.Zone.ACCEPTABLE);
        assertThat(Pain.zone(6)).isEqualTo(Pain.Zone.TOO_MUCH);
    }
}
