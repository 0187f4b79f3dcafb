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
    record Content(long exerciseId, Dosage dosage, @Nullable Integer circuit) {
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

    /** The circuit the item is done in, within its plan revision or template (V12); null for none. */
    @Column(name = "circuit")
    private @Nullable Integer circuit;

    protected DosedItem() {
    }

    DosedItem(int position, Content content) {
        this.position = position;
        this.exerciseId = content.exerciseId();
        this.dosage = StoredDosage.from(content.dosage());
        this.circuit = content.circuit();
    }

    Content content() {
        return new Content(exerciseId, dosage.toDosage(), circuit);
    }
}
