package com.stride.catalogue;

import com.stride.base.domain.AbstractEntity;
import com.stride.clinic.Clinic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue exercise: stock (no clinic, shipped by migrations, read-only for everyone) or a
 * clinic's own. Never deleted once it exists: archiving hides it from new plans.
 */
@Entity
@Table(name = "exercise")
public class Exercise extends AbstractEntity {

    public static final int NAME_MIN_LENGTH = 3;
    public static final int NAME_MAX_LENGTH = 120;
    public static final int MAX_STEPS = 20;
    public static final int MAX_TIPS = 10;
    public static final int TEXT_ITEM_MAX_LENGTH = 500;
    public static final int MAX_MUSCLES = 12;
    public static final int MUSCLE_MAX_LENGTH = 60;
    public static final int VIDEO_URL_MAX_LENGTH = 500;

    /** Null for a stock exercise. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clinic_id", updatable = false)
    private @Nullable Clinic clinic;

    /** Stable key of a stock exercise; null for custom ones. */
    @Column(name = "code", updatable = false, length = 80)
    private @Nullable String code;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Category category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "regions", nullable = false, columnDefinition = "text[]")
    private List<String> regions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "muscles", nullable = false, columnDefinition = "text[]")
    private List<String> muscles = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "position", nullable = false, length = 16)
    private Position position;

    /** What it needs, all of it. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "equipment", nullable = false, columnDefinition = "text[]")
    private List<String> equipment = new ArrayList<>();

    /** What it needs one of (none, or at least two to choose from). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "equipment_any", nullable = false, columnDefinition = "text[]")
    private List<String> equipmentAny = new ArrayList<>();

    /** What it may use. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "equipment_optional", nullable = false, columnDefinition = "text[]")
    private List<String> equipmentOptional = new ArrayList<>();

    @Column(name = "one_side", nullable = false)
    private boolean oneSide;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "steps", nullable = false, columnDefinition = "text[]")
    private List<String> steps = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tips", nullable = false, columnDefinition = "text[]")
    private List<String> tips = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aliases", nullable = false, columnDefinition = "text[]")
    private List<String> aliases = new ArrayList<>();

    @Column(name = "video_url", length = VIDEO_URL_MAX_LENGTH)
    private @Nullable String videoUrl;

    @Embedded
    private StoredDosage defaultDosage;

    @Column(name = "archived_at")
    private @Nullable Instant archivedAt;

    protected Exercise() {
    }

    /** A new custom exercise of the given clinic. */
    static Exercise custom(Clinic clinic, ExerciseDraft draft) {
        Exercise exercise = new Exercise();
        exercise.clinic = clinic;
        exercise.apply(draft);
        return exercise;
    }

    void apply(ExerciseDraft draft) {
        name = draft.name();
        category = draft.category();
        regions = names(draft.regions());
        muscles = List.copyOf(draft.muscles());
        position = draft.position();
        equipment = names(draft.equipment().needed());
        equipmentAny = names(draft.equipment().anyOf());
        equipmentOptional = names(draft.equipment().optional());
        oneSide = draft.oneSide();
        steps = List.copyOf(draft.steps());
        tips = List.copyOf(draft.tips());
        videoUrl = draft.videoUrl();
        defaultDosage = StoredDosage.from(draft.defaultDosage());
    }

    void archive(Instant at) {
        archivedAt = at;
    }

    void restore() {
        archivedAt = null;
    }

    public boolean isStock() {
        return clinic == null;
    }

    /** Owning clinic's id; null for stock exercises. */
    public @Nullable Long getClinicId() {
        return clinic == null ? null : clinic.getId();
    }

    public @Nullable String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Category getCategory() {
        return category;
    }

    public Set<BodyRegion> getRegions() {
        return enums(BodyRegion.class, regions);
    }

    public List<String> getMuscles() {
        return List.copyOf(muscles);
    }

    public Position getPosition() {
        return position;
    }

    public ExerciseEquipment getEquipment() {
        return new ExerciseEquipment(enums(Equipment.class, equipment), enums(Equipment.class, equipmentAny),
                enums(Equipment.class, equipmentOptional));
    }

    public boolean isOneSide() {
        return oneSide;
    }

    public List<String> getSteps() {
        return List.copyOf(steps);
    }

    public List<String> getTips() {
        return List.copyOf(tips);
    }

    public @Nullable String getVideoUrl() {
        return videoUrl;
    }

    public Dosage getDefaultDosage() {
        return defaultDosage.toDosage();
    }

    public @Nullable Instant getArchivedAt() {
        return archivedAt;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? new ArrayList<>() : values.stream().map(Enum::name).sorted().toList();
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<String> names) {
        Set<E> result = EnumSet.noneOf(type);
        names.forEach(name -> result.add(Enum.valueOf(type, name)));
        return result;
    }
}
