package com.stride.log;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Adherence in one week (Monday first): exercise sessions done ÷ prescribed. Each exercise counts
 * once per session (a left/right pair is one), a partly done one counts its share of sets.
 *
 * @param sessionsDue    sessions prescribed that week
 * @param sessionsLogged sessions with at least one exercise logged
 */
public record WeekAdherence(LocalDate weekStart, int prescribed, BigDecimal done, int sessionsDue,
                            int sessionsLogged) {

    /** Whole percent, rounded half up; 0 when nothing was prescribed. */
    public int percent() {
        if (prescribed == 0) {
            return 0;
        }
        return done.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(prescribed), 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
