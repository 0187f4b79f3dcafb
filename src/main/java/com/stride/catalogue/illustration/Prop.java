package com.stride.catalogue.illustration;

/** The equipment drawn with the figure, matching the catalogue's equipment list. */
public enum Prop {
    MAT, WALL, TABLE, CHAIR, STRAP, BAND
}
