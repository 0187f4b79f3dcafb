package com.stride.plan;

import com.stride.log.LogLimits;
import com.stride.log.Pain;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the progression rule ({@link Progression}), as settings
 * ({@code stride.progression.*}) whose defaults are the pain-monitoring model's values.
 *
 * @param windowDays        the days of sessions looked at, up to yesterday
 * @param minSessions       sessions done with a pain score before a step up is suggested
 * @param safeMax           pain up to this in every session: safe to progress
 * @param tooMuchAbove      pain above this in any session: ease off
 * @param morningWorsePoints next morning this many points above during the session: ease off
 * @param adherencePercent  share of the due sessions done before a step up is suggested
 * @param setsMax           sets are added up to this, then the hold lengthens or the exercise changes
 * @param holdMaxSeconds    holds are lengthened up to this
 */
@ConfigurationProperties("stride.progression")
public record ProgressionSettings(
        @DefaultValue("14") int windowDays,
        @DefaultValue("3") int minSessions,
        @DefaultValue("" + LogLimits.PAIN_SAFE_MAX) int safeMax,
        @DefaultValue("" + LogLimits.PAIN_TOO_MUCH_ABOVE) int tooMuchAbove,
        @DefaultValue("" + Pain.CHANGE_POINTS) int morningWorsePoints,
        @DefaultValue("75") int adherencePercent,
        @DefaultValue("3") int setsMax,
        @DefaultValue("60") int holdMaxSeconds) {

    /** The model's values. */
    public static ProgressionSettings defaults() {
        return new ProgressionSettings(14, 3, LogLimits.PAIN_SAFE_MAX, LogLimits.PAIN_TOO_MUCH_ABOVE,
                Pain.CHANGE_POINTS, 75, 3, 60);
    }
}
