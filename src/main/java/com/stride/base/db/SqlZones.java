package com.stride.base.db;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** Time zones as PostgreSQL names them, for queries that decide what "a day" is. */
public final class SqlZones {

    private SqlZones() {
    }

    /** Region ids as they are; fixed offsets in POSIX form, which counts hours west of Greenwich. */
    public static String name(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset offset) {
            int seconds = offset.getTotalSeconds();
            if (seconds == 0) {
                return "UTC";
            }
            // UTC+02:00 is written UTC-02:00
            int abs = Math.abs(seconds);
            return "UTC%s%02d:%02d".formatted(seconds > 0 ? "-" : "+", abs / 3600, abs % 3600 / 60);
        }
        return zone.getId();
    }
}
