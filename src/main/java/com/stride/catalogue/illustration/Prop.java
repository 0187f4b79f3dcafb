package com.stride.catalogue.illustration;

/** The equipment drawn with the figure, matching the catalogue's equipment list. */
public enum Prop {
    MAT, WALL, TABLE, CHAIR, STRAP, BAND,
    /** A weight held in the near hand (a dumbbell or kettlebell). */
    WEIGHT
}
