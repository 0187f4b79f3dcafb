package com.stride.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the logs say about one exercise of the current plan over the rule's window, counting only
 * sessions at its current dose (a dose change starts the evidence again).
 *
 * @param from          the first day counted: the window's start, or the day the dose last changed
 * @param due           sessions the exercise was due in
 * @param done          of them, the share done (a partly done exercise counts in part)
 * @param sessionsDone  sessions in which it was done, wholly or in part
 * @param painScores    of those, the ones with a pain score during the session
 * @param maxPain       the highest of those scores; null when none
 * @param minPain       the lowest; null when none
 * @param mornings      next-morning scores after sessions in which it was done, with a score during them
 * @param morningsWorse of those, the mornings worse than during the session by the rule's points
 * @param painful       times the runner rated it "painful"
 * @param lastLogged    when it was last logged; null when never in the window
 */
public record ItemEvidence(LocalDate from, LocalDate to, int due, double done, int sessionsDone, int painScores,
                           @Nullable Integer maxPain, @Nullable Integer minPain, int mornings, int morningsWorse,
                           int painful, @Nullable Instant lastLogged) {

    /** Done as a share of due, in whole percent; 0 when nothing was due. */
    public int adherencePercent() {
        return due == 0 ? 0 : (int) Math.round(100 * done / due);
    }
}
