package com.stride.catalogue;

import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.validation.Problems;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The easier and harder steps of exercises (exercise_step, V14). The stock chains ship with the
 * catalogue and are fixed; a clinic links its own exercises, to stock ones or to each other. Every
 * method checks the caller's clinic: another clinic's exercise is "not found".
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
public class ExerciseStepService {

    static final String FIELD_HARDER = "harder";
    static final String FIELD_EASIER = "easier";
    private static final String EXERCISE = "exercise";

    private final ExerciseStepQueries queries;
    private final ExerciseRepository exercises;
    private final Clock clock;

    ExerciseStepService(ExerciseStepQueries queries, ExerciseRepository exercises, Clock clock) {
        this.queries = queries;
        this.exercises = exercises;
        this.clock = clock;
    }

    /** The steps of each exercise the caller's clinic can see, by id; a fixed number of statements however many. */
    public Map<Long, ExerciseStep> steps(Collection<Long> exerciseIds) {
        CurrentUser caller = caller();
        return queries.steps(caller.clinicId(), exerciseIds);
    }

    public ExerciseStep steps(long exerciseId) {
        CurrentUser caller = caller();
        visible(caller, exerciseId);
        return queries.steps(caller.clinicId(), java.util.List.of(exerciseId)).get(exerciseId);
    }

    /** Sets (or with null, removes) the harder step of one of the clinic's own exercises. */
    @Transactional
    public ExerciseStep setHarder(long exerciseId, @Nullable Long harderId) {
        CurrentUser caller = caller();
        own(caller, exerciseId);
        if (harderId == null) {
            queries.unlinkHarder(exerciseId);
        } else {
            link(caller, exerciseId, harderId, FIELD_HARDER);
        }
        return steps(exerciseId);
    }

    /**
     * Makes one of the clinic's own exercises the easier step of this one (a stock exercise too), or
     * with null removes the clinic's own easier steps of it.
     */
    @Transactional
    public ExerciseStep setEasier(long exerciseId, @Nullable Long easierId) {
        CurrentUser caller = caller();
        visible(caller, exerciseId);
        if (easierId == null) {
            queries.unlinkEasier(caller.clinicId(), exerciseId);
        } else {
            Exercise easier = visible(caller, easierId);
            if (easier.isStock()) {
                throw Problems.refuse(FIELD_EASIER, Text.get("catalogue.steps.stockEasier"));
            }
            link(caller, easierId, exerciseId, FIELD_EASIER);
        }
        return steps(exerciseId);
    }

    private void link(CurrentUser caller, long exerciseId, long harderId, String field) {
        Exercise harder = visible(caller, harderId);
        Exercise exercise = visible(caller, exerciseId);
        if (harderId == exerciseId) {
            throw Problems.refuse(field, Text.get("catalogue.steps.itself"));
        }
        if (harder.isArchived() || exercise.isArchived()) {
            throw Problems.refuse(field, Text.get("catalogue.steps.archived"));
        }
        if (queries.leadsTo(harderId, exerciseId)) {
            throw Problems.refuse(field, Text.get("catalogue.steps.loop", "harder", harder.getName(),
                    "exercise", exercise.getName()));
        }
        queries.link(exerciseId, harderId, clock.instant());
    }

    private Exercise visible(CurrentUser caller, long id) {
        return exercises.findVisible(id, caller.clinicId()).orElseThrow(() -> new RecordNotFoundException(EXERCISE));
    }

    private Exercise own(CurrentUser caller, long id) {
        Exercise exercise = visible(caller, id);
        if (exercise.isStock()) {
            throw new AccessDeniedException("Stock exercises keep their own steps");
        }
        return exercise;
    }

    private static CurrentUser caller() {
        return Caller.require(Role.THERAPIST, Role.ADMIN);
    }
}
