package com.stride.catalogue.illustration;

import java.util.EnumMap;
import java.util.Map;

/** Where every joint of a pose is, by forward kinematics from the hip. */
public final class Skeleton {

    /** How far the heel sticks out behind the ankle, against the foot's direction. */
    static final double HEEL = 4;

    private final Map<Joint, Point> points;

    private Skeleton(Map<Joint, Point> points) {
        this.points = points;
    }

    static Skeleton of(Pose pose) {
        Map<Joint, Point> p = new EnumMap<>(Joint.class);
        Point hip = new Point(0, 0);
        p.put(Joint.HIP, hip);
        Point shoulder = step(hip, pose, Segment.TRUNK);
        p.put(Joint.SHOULDER, shoulder);
        p.put(Joint.HEAD, shoulder.toward(pose.angle(Segment.HEAD),
                Segment.HEAD.length() * pose.scale(Segment.HEAD) + Segment.HEAD_RADIUS));
        Point nearElbow = step(shoulder, pose, Segment.NEAR_UPPER_ARM);
        p.put(Joint.NEAR_ELBOW, nearElbow);
        p.put(Joint.NEAR_HAND, step(nearElbow, pose, Segment.NEAR_FOREARM));
        Point farElbow = step(shoulder, pose, Segment.FAR_UPPER_ARM);
        p.put(Joint.FAR_ELBOW, farElbow);
        p.put(Joint.FAR_HAND, step(farElbow, pose, Segment.FAR_FOREARM));
        leg(p, hip, pose, Segment.NEAR_THIGH, Segment.NEAR_SHIN, Segment.NEAR_FOOT,
                Joint.NEAR_KNEE, Joint.NEAR_ANKLE, Joint.NEAR_TOE, Joint.NEAR_HEEL);
        leg(p, hip, pose, Segment.FAR_THIGH, Segment.FAR_SHIN, Segment.FAR_FOOT,
                Joint.FAR_KNEE, Joint.FAR_ANKLE, Joint.FAR_TOE, Joint.FAR_HEEL);
        return new Skeleton(p);
    }

    private static void leg(Map<Joint, Point> p, Point hip, Pose pose, Segment thigh, Segment shin, Segment foot,
                            Joint knee, Joint ankle, Joint toe, Joint heel) {
        Point k = step(hip, pose, thigh);
        Point a = step(k, pose, shin);
        p.put(knee, k);
        p.put(ankle, a);
        p.put(toe, step(a, pose, foot));
        p.put(heel, a.toward(pose.angle(foot) + 180, HEEL * pose.scale(foot)));
    }

    private static Point step(Point from, Pose pose, Segment segment) {
        return from.toward(pose.angle(segment), segment.length() * pose.scale(segment));
    }

    public Point at(Joint joint) {
        return points.get(joint);
    }

    /** The lowest drawn edge of the figure: the head's edge, or half a limb's width below a joint. */
    double lowest() {
        double low = at(Joint.HEAD).y() - Segment.HEAD_RADIUS;
        for (Map.Entry<Joint, Point> e : points.entrySet()) {
            double half = e.getKey() == Joint.HIP || e.getKey() == Joint.SHOULDER
                    ? Shape.TRUNK_WIDTH / 2 : Shape.LIMB_WIDTH / 2;
            if (e.getKey() != Joint.HEAD) {
                low = Math.min(low, e.getValue().y() - half);
            }
        }
        return low;
    }

    Skeleton shifted(double dx, double dy) {
        Map<Joint, Point> moved = new EnumMap<>(Joint.class);
        points.forEach((joint, point) -> moved.put(joint, point.plus(dx, dy)));
        return new Skeleton(moved);
    }
}
