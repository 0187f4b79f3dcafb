package com.stride.catalogue;

import com.stride.base.ConcurrentEditException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.validation.Messages;
import com.stride.base.validation.Problems;
import com.stride.clinic.Clinic;
import com.stride.clinic.ClinicRepository;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercise catalogue for physical therapists and clinic admins. Every method checks the caller:
 * stock exercises are visible to all clinics and changeable by none; a custom exercise exists only
 * for its own clinic (to anyone else it is "not found"). Runners never browse the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    public static final int MAX_PAGE_SIZE = 200;
    private static final String EXERCISE = "exercise";
    private static final String NAME_UNIQUE_INDEX = "exercise_clinic_name_uq";
    private static final String NAME_TAKEN = Messages.nameTaken("an exercise");

    private final CatalogueSearch search;
    private final ExerciseRepository exercises;
    private final ExerciseImageRepository images;
    private final ClinicRepository clinics;
    private final Validator validator;
    private final Clock clock;
    private final EntityManager entityManager;

    CatalogueService(CatalogueSearch search, ExerciseRepository exercises, ExerciseImageRepository images,
                     ClinicRepository clinics, Validator validator, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.search = search;
        this.exercises = exercises;
        this.images = images;
        this.clinics = clinics;
        this.validator = validator;
        this.clock = clock;
    }

    /** One page of results, best match first. */
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public List<ExerciseSummary> search(SearchCriteria criteria, int offset, int limit) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        return search.page(caller.clinicId(), criteria, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public int count(SearchCriteria criteria) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        return search.count(caller.clinicId(), criteria);
    }

    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public ExerciseDetails get(long id) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        return details(visible(caller, id), caller);
    }

    /**
     * The image of a visible exercise, for the image endpoint. Empty when there is none. Runners see
     * the pictures of the exercises in their own assigned plans, and no others.
     */
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN, Role.Names.RUNNER})
    public Optional<ImageData> image(long id) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN, Role.RUNNER);
        if (caller.hasRole(Role.RUNNER)) {
            if (!images.inPlanOfRunner(id, caller.userId())) {
                throw new RecordNotFoundException(EXERCISE);
            }
        } else {
            visible(caller, id);
        }
        return images.findById(id).map(image -> new ImageData(image.getContentType(), image.getData()));
    }

    /**
     * Pictures of several exercises at once (e.g. for a printed plan), in one statement. Exercises
     * the caller may not see, and those without a picture, are simply absent from the result.
     */
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public Map<Long, ImageData> images(Collection<Long> exerciseIds) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        Map<Long, ImageData> result = new HashMap<>();
        if (exerciseIds.isEmpty()) {
            return result;
        }
        images.findVisible(Set.copyOf(exerciseIds), caller.clinicId()).forEach(image ->
                result.put(image.getExerciseId(), new ImageData(image.getContentType(), image.getData())));
        return result;
    }

    /**
     * Of the given exercises, those the caller's clinic may put in a plan or template, each with
     * whether it is archived (archived ones stay in plans that already hold them).
     */
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public Map<Long, Boolean> usableExercises(Collection<Long> exerciseIds) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        return search.usable(caller.clinicId(), Set.copyOf(exerciseIds));
    }

    @Transactional
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public ExerciseDetails create(ExerciseDraft draft) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        ImageContent.Checked image = validate(draft, caller.clinicId(), null);
        Clinic clinic = clinics.findById(caller.clinicId()).orElseThrow(() -> new RecordNotFoundException("Clinic"));
        Exercise exercise = saveOrNameTaken(Exercise.custom(clinic, draft));
        applyImage(exercise.getId(), draft.image(), image);
        return details(exercise, caller);
    }

    /**
     * Saves changes made to the version the editor loaded. When someone else saved in between,
     * nothing is written and a {@link ConcurrentEditException} says so.
     */
    @Transactional
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public ExerciseDetails update(long id, long loadedVersion, ExerciseDraft draft) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        Exercise exercise = editable(caller, id, loadedVersion);
        ImageContent.Checked image = validate(draft, caller.clinicId(), id);
        exercise.apply(draft);
        if (!(draft.image() instanceof ImageChange.Keep)) {
            // The picture lives in another table: a new version (right away, so the details we return
            // carry it) makes a picture-only change conflict with concurrent edits as well.
            entityManager.lock(exercise, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        exercise = saveOrNameTaken(exercise);
        applyImage(id, draft.image(), image);
        return details(exercise, caller);
    }

    /** Hides a custom exercise from searches for new plans; plans that use it keep it. */
    @Transactional
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public ExerciseDetails archive(long id, long loadedVersion) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        Exercise exercise = editable(caller, id, loadedVersion);
        if (!exercise.isArchived()) {
            exercise.archive(clock.instant());
            exercise = exercises.saveAndFlush(exercise);
        }
        return details(exercise, caller);
    }

    @Transactional
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public ExerciseDetails restore(long id, long loadedVersion) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        Exercise exercise = editable(caller, id, loadedVersion);
        if (exercise.isArchived()) {
            if (exercises.activeNameTaken(caller.clinicId(), exercise.getName(), id)) {
                throw Problems.refuse("name",
                        "Your clinic already has an active exercise called \"" + exercise.getName()
                                + "\". Rename or archive that one first.");
            }
            exercise.restore();
            exercise = saveOrNameTaken(exercise);
        }
        return details(exercise, caller);
    }

    /** Content type and bytes of an exercise image. */
    public record ImageData(String contentType, byte[] bytes) {
    }

    private Exercise visible(CurrentUser caller, long id) {
        return exercises.findVisible(id, caller.clinicId()).orElseThrow(() -> new RecordNotFoundException(EXERCISE));
    }

    /**
     * Only the clinic's own exercises change. Locks the row first (before anything loads it), so the
     * version seen here is the latest.
     */
    private Exercise editable(CurrentUser caller, long id, long loadedVersion) {
        Exercise exercise = exercises.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(EXERCISE));
        if (exercise.isStock()) {
            throw new AccessDeniedException("Stock exercises cannot be changed");
        }
        if (!caller.belongsTo(exercise.getClinicId())) {
            throw new RecordNotFoundException(EXERCISE);
        }
        if (exercise.getVersion() != loadedVersion) {
            throw new ConcurrentEditException(EXERCISE);
        }
        return exercise;
    }

    private ImageContent.@Nullable Checked validate(ExerciseDraft draft, long clinicId, @Nullable Long exerciseId) {
        Problems problems = Problems.of(validator, draft).addAll("defaultDosage", DosageRules.check(draft.defaultDosage()));
        ImageContent.Checked image = null;
        if (draft.image() instanceof ImageChange.Replace replace) {
            ImageContent.Result result = ImageContent.check(replace.bytes());
            if (result.isAccepted()) {
                image = result.image();
            } else {
                problems.add("image", result.problem());
            }
        }
        if (!problems.has("name") && draft.name() != null
                && exercises.activeNameTaken(clinicId, draft.name(), exerciseId)) {
            problems.add("name", NAME_TAKEN);
        }
        problems.throwIfAny();
        return image;
    }

    private Exercise saveOrNameTaken(Exercise exercise) {
        try {
            return exercises.saveAndFlush(exercise);
        } catch (DataIntegrityViolationException e) {
            if (violates(e, NAME_UNIQUE_INDEX)) {
                // Two saves of the same new name at once: the unique index decides.
                throw Problems.refuse("name", NAME_TAKEN);
            }
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(EXERCISE);
        }
    }

    private void applyImage(long exerciseId, ImageChange change, ImageContent.Checked checked) {
        try {
            switch (change) {
                case ImageChange.Keep keep -> {
                }
                case ImageChange.Remove remove -> images.findById(exerciseId).ifPresent(images::delete);
                case ImageChange.Replace replace -> {
                    ExerciseImage image = images.findById(exerciseId).orElseGet(() -> new ExerciseImage(exerciseId));
                    image.replace(checked, clock.instant());
                    images.save(image);
                }
            }
            images.flush();
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            // Two first pictures for the same exercise at once.
            throw new ConcurrentEditException(EXERCISE);
        }
    }

    private static boolean violates(DataIntegrityViolationException e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private ExerciseDetails details(Exercise exercise, CurrentUser caller) {
        Long imageVersion = images.findUpdatedAt(exercise.getId()).map(Instant::toEpochMilli).orElse(null);
        return new ExerciseDetails(exercise.getId(), exercise.getVersion(), exercise.getName(),
                exercise.getCategory(), exercise.getRegions(), exercise.getMuscles(), exercise.getPosition(),
                exercise.getEquipment(), exercise.isOneSide(), exercise.getSteps(), exercise.getTips(),
                exercise.getDefaultDosage(), exercise.getVideoUrl(), exercise.isStock(),
                !exercise.isStock() && caller.belongsTo(exercise.getClinicId()), exercise.isArchived(), imageVersion);
    }
}
