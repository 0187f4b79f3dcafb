package com.stride.catalogue;

import com.stride.base.ConcurrentEditException;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
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
import java.util.ArrayList;
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
     * One picture of a visible exercise (position from 1), for the image endpoint. Empty when there is
     * none. Runners see the pictures of the exercises in their own assigned plans, and no others.
     */
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN, Role.Names.RUNNER})
    public Optional<ImageData> image(long id, int position) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN, Role.RUNNER);
        if (caller.hasRole(Role.RUNNER)) {
            if (!images.inPlanOfRunner(id, caller.userId())) {
                throw new RecordNotFoundException(EXERCISE);
            }
        } else {
            visible(caller, id);
        }
        return images.findByExerciseIdAndPosition(id, position)
                .map(image -> new ImageData(image.getContentType(), image.getData()));
    }

    /**
     * The first pictures of several exercises at once, each exercise's in order (for a printed plan),
     * in one statement. Exercises the caller may not see, and those without pictures, are absent.
     */
    @RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
    public Map<Long, List<ImageData>> images(Collection<Long> exerciseIds, int perExercise) {
        CurrentUser caller = Caller.require(Role.THERAPIST, Role.ADMIN);
        Map<Long, List<ImageData>> result = new HashMap<>();
        if (exerciseIds.isEmpty()) {
            return result;
        }
        images.findVisible(Set.copyOf(exerciseIds), caller.clinicId(), perExercise).forEach(image ->
                result.computeIfAbsent(image.getExerciseId(), id -> new ArrayList<>())
                        .add(new ImageData(image.getContentType(), image.getData())));
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
        List<ImageContent.Checked> image = validate(draft, caller.clinicId(), null);
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
        List<ImageContent.Checked> image = validate(draft, caller.clinicId(), id);
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
                throw Problems.refuse("name", Text.get("catalogue.service.activeNameTaken", "name",
                        exercise.getName()));
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
            throw new ConcurrentEditException("catalogue.record.exercise");
        }
        return exercise;
    }

    /** Checks the draft; returns the new pictures, checked, in the order they come in the draft. */
    private List<ImageContent.Checked> validate(ExerciseDraft draft, long clinicId, @Nullable Long exerciseId) {
        Problems problems = Problems.of(validator, draft).addAll("defaultDosage", DosageRules.check(draft.defaultDosage()));
        String equipmentProblem = draft.equipment().problem();
        if (equipmentProblem != null) {
            problems.add("equipment", equipmentProblem);
        }
        List<ImageContent.Checked> added = new ArrayList<>();
        if (draft.image() instanceof ImageChange.Pictures pictures) {
            if (pictures.slots().size() > ExerciseImages.MAX_PICTURES) {
                problems.add("image", ExerciseImages.tooMany());
            }
            for (ImageChange.Slot slot : pictures.slots()) {
                if (slot instanceof ImageChange.Added(byte[] bytes)) {
                    ImageContent.Result result = ImageContent.check(bytes);
                    if (result.isAccepted()) {
                        added.add(result.image());
                    } else if (!problems.has("image")) {
                        problems.add("image", result.problem());
                    }
                }
            }
        }
        if (!problems.has("name") && draft.name() != null
                && exercises.activeNameTaken(clinicId, draft.name(), exerciseId)) {
            problems.add("name", nameTaken());
        }
        problems.throwIfAny();
        return added;
    }

    private Exercise saveOrNameTaken(Exercise exercise) {
        try {
            return exercises.saveAndFlush(exercise);
        } catch (DataIntegrityViolationException e) {
            if (violates(e, NAME_UNIQUE_INDEX)) {
                // Two saves of the same new name at once: the unique index decides.
                throw Problems.refuse("name", nameTaken());
            }
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("catalogue.record.exercise");
        }
    }

    /**
     * Writes the pictures in their new order: kept ones keep their bytes, new ones come from the
     * draft. A kept position that no longer exists means someone else changed the pictures meanwhile.
     */
    private void applyImage(long exerciseId, ImageChange change, List<ImageContent.Checked> added) {
        if (!(change instanceof ImageChange.Pictures pictures)) {
            return;
        }
        try {
            List<ExerciseImage> current = images.findByExerciseIdOrderByPosition(exerciseId);
            List<ExerciseImage> next = new ArrayList<>();
            Instant now = clock.instant();
            int newOnes = 0;
            for (ImageChange.Slot slot : pictures.slots()) {
                int position = next.size() + 1;
                switch (slot) {
                    case ImageChange.Kept(int kept) -> {
                        if (kept < 1 || kept > current.size()) {
                            throw new ConcurrentEditException("catalogue.record.exercise");
                        }
                        ExerciseImage old = current.get(kept - 1);
                        // every picture gets the new time, so no URL of an earlier order comes back
                        next.add(new ExerciseImage(exerciseId, position, old.getContentType(), old.getData(), now));
                    }
                    case ImageChange.Added a -> {
                        ImageContent.Checked image = added.get(newOnes++);
                        next.add(new ExerciseImage(exerciseId, position, image.contentType(), image.bytes(), now));
                    }
                }
            }
            images.deleteAllOf(exerciseId);
            images.saveAllAndFlush(next);
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            // Two saves of the same exercise's pictures at once.
            throw new ConcurrentEditException("catalogue.record.exercise");
        }
    }

    private static String nameTaken() {
        return Text.get("catalogue.service.nameTaken");
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
        ExerciseImageRepository.PictureStamp stamp = images.stamp(exercise.getId());
        ExercisePicture picture = ExerciseImages.picture(exercise.getId(),
                stamp.updatedAt() == null ? null : stamp.updatedAt().toEpochMilli(), stamp.count(),
                exercise.isStock() ? exercise.getCode() : null);
        // a stock exercise in the reader's language; a clinic's own as it was written
        String code = exercise.isStock() ? exercise.getCode() : null;
        return new ExerciseDetails(exercise.getId(), exercise.getVersion(), StockText.name(code, exercise.getName()),
                exercise.getCategory(), exercise.getRegions(), StockText.muscles(code, exercise.getMuscles()),
                exercise.getPosition(), exercise.getEquipment(), exercise.isOneSide(),
                StockText.steps(code, exercise.getSteps()), StockText.tips(code, exercise.getTips()),
                StockText.dosage(code, exercise.getDefaultDosage()), exercise.getVideoUrl(), exercise.isStock(),
                !exercise.isStock() && caller.belongsTo(exercise.getClinicId()), exercise.isArchived(), picture);
    }
}
