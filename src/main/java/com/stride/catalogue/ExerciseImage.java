package com.stride.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The picture of an exercise, apart from the exercise so that lists never load its bytes. */
@Entity
@Table(name = "exercise_image")
class ExerciseImage {

    @Id
    @Column(name = "exercise_id")
    private Long exerciseId;

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

    ExerciseImage(long exerciseId) {
        this.exerciseId = exerciseId;
    }

    void replace(ImageContent.Checked image, Instant at) {
        contentType = image.contentType();
        data = image.bytes();
        byteSize = data.length;
        updatedAt = at;
    }

    Long getExerciseId() {
        return exerciseId;
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
