package com.stride.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.springframework.data.domain.Persistable;
import java.time.Instant;

/** One picture of an exercise, apart from the exercise so that lists never load its bytes. */
@Entity
@Table(name = "exercise_image")
@IdClass(ExerciseImage.Key.class)
class ExerciseImage implements Persistable<ExerciseImage.Key> {

    /** The primary key: the exercise and the picture's place in its order, from 1. */
    record Key(Long exerciseId, Integer position) implements Serializable {

        // JPA's id class needs a no-argument constructor
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "exercise_id")
    private Long exerciseId;

    @Id
    @Column(name = "position")
    private Integer position;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExerciseImage() {
    }

    ExerciseImage(long exerciseId, int position, String contentType, byte[] data, Instant at) {
        this.exerciseId = exerciseId;
        this.position = position;
        this.contentType = contentType;
        this.data = data;
        this.byteSize = data.length;
        this.updatedAt = at;
    }

    @Override
    public Key getId() {
        return new Key(exerciseId, position);
    }

    /** Pictures are only ever inserted (a new order replaces them all), so saving needs no lookup first. */
    @Override
    public boolean isNew() {
        return true;
    }

    Long getExerciseId() {
        return exerciseId;
    }

    int getPosition() {
        return position;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getData() {
        return data;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
