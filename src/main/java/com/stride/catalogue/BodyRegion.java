package com.stride.catalogue;

import com.stride.i18n.Text;

/** Body regions an exercise targets: a fixed vocabulary, matched by a CHECK constraint in V2. */
public enum BodyRegion {
    HIPS,
    HIP_FLEXORS,
    GLUTES,
    OUTER_HIP,
    INNER_THIGH,
    QUADRICEPS,
    HAMSTRINGS,
    CALVES,
    ANKLE_FOOT,
    CORE,
    LOWER_BACK,
    UPPER_BODY;

    public String label() {
        return Text.get("catalogue.region." + name());
    }
}
