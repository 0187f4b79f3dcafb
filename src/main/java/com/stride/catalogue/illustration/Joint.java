package com.stride.catalogue.illustration;

/** The points of the figure that segments join, and the ends of the limbs. */
public enum Joint {
    HIP, SHOULDER, HEAD,
    NEAR_ELBOW, NEAR_HAND, FAR_ELBOW, FAR_HAND,
    NEAR_KNEE, NEAR_ANKLE, NEAR_TOE, NEAR_HEEL,
    FAR_KNEE, FAR_ANKLE, FAR_TOE, FAR_HEEL
}
