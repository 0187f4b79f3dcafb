package com.stride.catalogue;

/** Body regions an exercise targets: a fixed vocabulary, matched by a CHECK constraint in V2. */
public enum BodyRegion {
    HIPS("Hips"),
    HIP_FLEXORS("Hip flexors"),
    GLUTES("Glutes"),
    OUTER_HIP("Outer hip"),
    INNER_THIGH("Inner thigh"),
    QUADRICEPS("Quadriceps"),
    HAMSTRINGS("Hamstrings"),
    CALVES("Calves"),
    ANKLE_FOOT("Ankle and foot"),
    CORE("Core"),
    LOWER_BACK("Lower back"),
    UPPER_BODY("Shoulders and upper back");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
