package com.stride.catalogue.illustration;

import java.util.ArrayList;
import java.util.List;

/**
 * The ranges a healthy adult's joints move in, checked on every pose, so a drawing never shows a
 * knee bending backwards or a foot turned further than an ankle goes. Angles are the joint's, worked
 * out from the segments' directions (positive knee angle: bent; positive ankle angle past 90: toes
 * towards the shin). Front views only see bends in their plane; a bend towards the viewer shows as
 * foreshortening and is allowed only with it. A pose with the chest turned to the viewer shows the
 * arms in their frontal plane, where the side view's shoulder range does not apply.
 */
public final class Anatomy {

    record Range(String joint, double min, double max) {
    }

    static final Range KNEE = new Range("knee", -5, 155);
    static final Range HIP = new Range("hip", -35, 145);
    static final Range ANKLE = new Range("ankle", 25, 125);
    static final Range ELBOW = new Range("elbow", -5, 155);
    static final Range SHOULDER = new Range("shoulder", -70, 190);
    static final Range NECK = new Range("neck", -50, 60);
    /** Sideways angles a front view may show without foreshortening. */
    static final double FRONT_KNEE = 25;
    static final double FRONT_HIP = 80;
    static final double FRONT_ELBOW = 40;
    static final double FORESHORTENED = 0.85;

    private Anatomy() {
    }

    /** What is impossible in a pose, as short sentences; empty when every joint is within its range. */
    public static List<String> problems(Pose pose, View view) {
        List<String> problems = new ArrayList<>();
        double trunkDown = pose.angle(Segment.TRUNK) + 180;
        for (Limb[] limbs : new Limb[][] {{Limb.NEAR_LEG, Limb.NEAR_ARM}, {Limb.FAR_LEG, Limb.FAR_ARM}}) {
            String side = limbs[0].isNear() ? "NEAR" : "FAR";
            Segment thigh = limbs[0].segments().get(0);
            Segment shin = limbs[0].segments().get(1);
            Segment foot = limbs[0].segments().get(2);
            Segment upper = limbs[1].segments().get(0);
            Segment fore = limbs[1].segments().get(1);
            if (view == View.SIDE) {
                check(problems, side, HIP, Pose.difference(trunkDown, pose.angle(thigh)));
                check(problems, side, KNEE, Pose.difference(pose.angle(shin), pose.angle(thigh)));
                check(problems, side, ANKLE, Pose.difference(pose.angle(shin), pose.angle(foot)));
                if (!pose.turned()) {
                    check(problems, side, SHOULDER, shoulder(trunkDown, pose.angle(upper)));
                }
                check(problems, side, ELBOW, Pose.difference(pose.angle(upper), pose.angle(fore)));
            } else {
                front(problems, side + " knee", pose, thigh, shin, FRONT_KNEE);
                front(problems, side + " elbow", pose, upper, fore, FRONT_ELBOW);
                double hip = Math.abs(Pose.difference(trunkDown, pose.angle(thigh)));
                if (hip > FRONT_HIP && pose.scale(thigh) >= FORESHORTENED) {
                    problems.add(side + " hip turned out " + Math.round(hip) + "° without bending");
                }
            }
        }
        check(problems, "", NECK, Pose.difference(pose.angle(Segment.TRUNK), pose.angle(Segment.HEAD)));
        return problems;
    }

    /** The shoulder turns past straight up (180) but not further back than 70 degrees. */
    private static double shoulder(double trunkDown, double upper) {
        double angle = Pose.difference(trunkDown, upper);
        return angle < -90 ? angle + 360 : angle;
    }

    private static void front(List<String> problems, String joint, Pose pose, Segment inner, Segment outer,
                              double limit) {
        double angle = Math.abs(Pose.difference(pose.angle(inner), pose.angle(outer)));
        boolean foreshortened = pose.scale(inner) < FORESHORTENED || pose.scale(outer) < FORESHORTENED;
        if (angle > limit && !foreshortened) {
            problems.add(joint + " bent sideways " + Math.round(angle) + "°");
        }
    }

    private static void check(List<String> problems, String side, Range range, double angle) {
        if (angle < range.min() || angle > range.max()) {
            problems.add((side.isEmpty() ? "" : side + " ") + range.joint() + " at " + Math.round(angle)
                    + "°, outside " + Math.round(range.min()) + "° to " + Math.round(range.max()) + "°");
        }
    }
}
