package com.stride.catalogue.illustration;

/** From where the figure is seen; decides which joint rules apply ({@link Anatomy}). */
public enum View {
    /** From the side, facing right: knees and elbows bend in the picture's plane. */
    SIDE,
    /** From the front: bending knees and elbows shows as foreshortening, not as an angle. */
    FRONT
}
