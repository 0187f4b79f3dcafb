package com.stride.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SqlZonesTest {

    @Test
    void zonesAreNamedTheWayPostgresqlReadsThem() {
        assertThat(SqlZones.name(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(SqlZones.name(ZoneId.of("Europe/Helsinki"))).isEqualTo("Europe/Helsinki");
        // POSIX offsets count west of Greenwich
        assertThat(SqlZones.name(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC-05:30");
        assertThat(SqlZones.name(ZoneOffset.ofHours(-4))).isEqualTo("UTC+04:00");
    }
}
