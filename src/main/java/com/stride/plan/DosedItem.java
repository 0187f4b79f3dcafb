package com.stride.plan;

import com.stride.catalogue.Dosage;
import com.stride.catalogue.StoredDosage;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * An exercise with its dosage at a position: what a plan revision's items and a template's items
 * both are. The two tables share these columns (V4) and their dosage rule (V8).
 */
@MappedSuperclass
abstract class DosedItem {

    /** What an item holds, independent of where it is stored. */
    record Content(long exerciseId, Dosage dosage) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "exercise_id", nullable = false)
    private Long exerciseId;

    @Embedded
    private StoredDosage dosage;

    protected DosedItem() {
    }

    DosedItem(int position, Content content) {
        this.position = position;
        this.exerciseId = content.exerciseId();
        this.dosage = StoredDosage.from(content.dosage());
    }

    Content content() {
        return new Content(exerciseId, dosage.toDosage());
    }
}
