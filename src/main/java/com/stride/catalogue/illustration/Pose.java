package com.stride.catalogue.illustration;

import java.util.EnumMap;
import java.util.Map;

/**
 * One key position of the figure: the direction of every segment, in compass degrees of the
 * drawing (0 points down, 90 forward, that is to the right, 180 up, 270 back), and for front views
 * how much a segment is foreshortened because it points towards or away from the viewer.
 * Directions are absolute, not relative to the parent segment, so a pose reads like a description
 * of the picture; {@link Anatomy} checks that the joints they imply can really bend that way.
 */
public final class Pose {

    /** How long the animation rests in a pose the exercise passes through. */
    static final double DEFAULT_HOLD_SECONDS = 1.1;

    private final Map<Segment, Double> angles;
    private final Map<Segment, Double> scales;
    private final boolean turned;
    private final double holdSeconds;

    private Pose(Map<Segment, Double> angles, Map<Segment, Double> scales, boolean turned, double holdSeconds) {
        this.angles = angles;
        this.scales = scales;
        this.turned = turned;
        this.holdSeconds = holdSeconds;
    }

    /** How long the animation stays in this pose: longer where the exercise holds it (a stretch). */
    public double holdSeconds() {
        return holdSeconds;
    }

    /** Whether the chest is turned towards the viewer, so the arms are seen in their frontal plane. */
    public boolean turned() {
        return turned;
    }

    public static Builder builder() {
        return new Builder();
    }

    public double angle(Segment segment) {
        return angles.get(segment);
    }

    /** 1 for a segment seen at full length, less when it is foreshortened. */
    public double scale(Segment segment) {
        return scales.getOrDefault(segment, 1.0);
    }

    /** The pose a fraction t of the way from a to b, each segment turning the short way round. */
    static Pose between(Pose a, Pose b, double t) {
        Map<Segment, Double> angles = new EnumMap<>(Segment.class);
        Map<Segment, Double> scales = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            angles.put(segment, a.angle(segment) + difference(a.angle(segment), b.angle(segment)) * t);
            scales.put(segment, a.scale(segment) + (b.scale(segment) - a.scale(segment)) * t);
        }
        return new Pose(angles, scales, t < 0.5 ? a.turned : b.turned, 0);
    }

    /** The signed smallest turn from one direction to another, in (-180, 180]. */
    static double difference(double from, double to) {
        double d = (to - from) % 360;
        if (d > 180) {
            d -= 360;
        } else if (d <= -180) {
            d += 360;
        }
        return d;
    }

    /** Sets segment directions; the head follows the trunk unless set, everything else must be set. */
    public static final class Builder {

        private final Map<Segment, Double> angles = new EnumMap<>(Segment.class);
        private final Map<Segment, Double> scales = new EnumMap<>(Segment.class);
        private boolean turned;
        private double holdSeconds = DEFAULT_HOLD_SECONDS;

        /** The animation stays this long in the pose (a held stretch or a held position). */
        public Builder hold(double seconds) {
            holdSeconds = seconds;
            return this;
        }

        /** The chest turns towards the viewer (a rotation), so an arm may point straight up from a leaning trunk. */
        public Builder turned() {
            turned = true;
            return this;
        }

        public Builder trunk(double degrees) {
            angles.put(Segment.TRUNK, degrees);
            return this;
        }

        public Builder head(double degrees) {
            angles.put(Segment.HEAD, degrees);
            return this;
        }

        public Builder nearArm(double upper, double fore) {
            angles.put(Segment.NEAR_UPPER_ARM, upper);
            angles.put(Segment.NEAR_FOREARM, fore);
            return this;
        }

        public Builder farArm(double upper, double fore) {
            angles.put(Segment.FAR_UPPER_ARM, upper);
            angles.put(Segment.FAR_FOREARM, fore);
            return this;
        }

        public Builder arms(double upper, double fore) {
            return nearArm(upper, fore).farArm(upper, fore);
        }

        public Builder nearLeg(double thigh, double shin, double foot) {
            angles.put(Segment.NEAR_THIGH, thigh);
            angles.put(Segment.NEAR_SHIN, shin);
            angles.put(Segment.NEAR_FOOT, foot);
            return this;
        }

        public Builder farLeg(double thigh, double shin, double foot) {
            angles.put(Segment.FAR_THIGH, thigh);
            angles.put(Segment.FAR_SHIN, shin);
            angles.put(Segment.FAR_FOOT, foot);
            return this;
        }

        public Builder legs(double thigh, double shin, double foot) {
            return nearLeg(thigh, shin, foot).farLeg(thigh, shin, foot);
        }

        /**
         * Places the near ankle at a point relative to the hip (two-segment inverse kinematics), the
         * knee bending forward, which is the only way a knee bends.
         */
        public Builder nearLegTo(double x, double y, double foot) {
            double[] angles = reach(new Point(x, y), Segment.NEAR_THIGH, Segment.NEAR_SHIN, 1);
            return nearLeg(angles[0], angles[1], foot);
        }

        public Builder farLegTo(double x, double y, double foot) {
            double[] angles = reach(new Point(x, y), Segment.FAR_THIGH, Segment.FAR_SHIN, 1);
            return farLeg(angles[0], angles[1], foot);
        }

        public Builder legsTo(double x, double y, double foot) {
            return nearLegTo(x, y, foot).farLegTo(x, y, foot);
        }

        /** Places the near hand at a point relative to the hip, the elbow bending backwards; needs the trunk. */
        public Builder nearHandTo(double x, double y) {
            double[] angles = reach(shoulderTo(x, y), Segment.NEAR_UPPER_ARM, Segment.NEAR_FOREARM, -1);
            return nearArm(angles[0], angles[1]);
        }

        public Builder farHandTo(double x, double y) {
            double[] angles = reach(shoulderTo(x, y), Segment.FAR_UPPER_ARM, Segment.FAR_FOREARM, -1);
            return farArm(angles[0], angles[1]);
        }

        private Point shoulderTo(double x, double y) {
            Point shoulder = new Point(0, 0).toward(angles.get(Segment.TRUNK), Segment.TRUNK.length());
            return new Point(x - shoulder.x(), y - shoulder.y());
        }

        /** The directions of two segments whose far end reaches the target (or points at it when too far). */
        private double[] reach(Point target, Segment first, Segment second, int bend) {
            double a = first.length() * scales.getOrDefault(first, 1.0);
            double b = second.length() * scales.getOrDefault(second, 1.0);
            double d = Math.min(Math.hypot(target.x(), target.y()), a + b - 1e-6);
            double base = Math.toDegrees(Math.atan2(target.x(), -target.y()));
            double cos = (a * a + d * d - b * b) / (2 * a * d);
            double offset = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
            double firstAngle = base + bend * offset;
            Point joint = new Point(0, 0).toward(firstAngle, a);
            double secondAngle = Math.toDegrees(Math.atan2(target.x() - joint.x(), -(target.y() - joint.y())));
            return new double[] {firstAngle, secondAngle};
        }

        /** Foreshortens a segment (front views): 1 is full length. */
        public Builder scale(Segment segment, double scale) {
            if (!(scale > 0 && scale <= 1)) {
                throw new IllegalArgumentException(segment + " scale " + scale);
            }
            scales.put(segment, scale);
            return this;
        }

        public Pose build() {
            angles.putIfAbsent(Segment.HEAD, angles.get(Segment.TRUNK));
            for (Segment segment : Segment.values()) {
                if (!angles.containsKey(segment)) {
                    throw new IllegalStateException("No direction for " + segment);
                }
            }
            return new Pose(new EnumMap<>(angles), new EnumMap<>(scales), turned, holdSeconds);
        }
    }
}
