package com.stride.catalogue.illustration;

import java.util.List;

/** A limb as it is drawn and highlighted: the segments it is made of, from the body outwards. */
public enum Limb {
    NEAR_ARM(Segment.NEAR_UPPER_ARM, Segment.NEAR_FOREARM),
    FAR_ARM(Segment.FAR_UPPER_ARM, Segment.FAR_FOREARM),
    NEAR_LEG(Segment.NEAR_THIGH, Segment.NEAR_SHIN, Segment.NEAR_FOOT),
    FAR_LEG(Segment.FAR_THIGH, Segment.FAR_SHIN, Segment.FAR_FOOT);

    private final List<Segment> segments;

    Limb(Segment... segments) {
        this.segments = List.of(segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    public boolean isNear() {
        return this == NEAR_ARM || this == NEAR_LEG;
    }
}
