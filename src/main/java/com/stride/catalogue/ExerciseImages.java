package com.stride.catalogue;

import org.jspecify.annotations.Nullable;

/** Where an exercise's picture is served, for views and other features that show exercises. */
public final class ExerciseImages {

    private ExerciseImages() {
    }

    /** Relative image URL (works under any context path); changes whenever the image changes. */
    public static @Nullable String url(long exerciseId, @Nullable Long imageVersion) {
        return imageVersion == null ? null : ExerciseImageController.PATH.substring(1) + exerciseId + "?v=" + imageVersion;
    }
}
