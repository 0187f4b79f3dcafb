package com.stride.catalogue.illustration;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an illustration's frames into shapes: fixed equipment from the key poses (the mat under
 * everything the figure reaches, the wall at the hands), then the far limbs, the body, the near
 * limbs, and equipment that moves with the figure (strap, band, a weight in the hand). Every frame yields the same shapes
 * in the same order, so an animation only changes their coordinates.
 */
final class Scene {

    static final String BODY = "#334155";
    static final String FAR = "#94a3b8";
    static final String WORKING = "#0f766e";
    static final String WORKING_FAR = "#3f9c92";
    static final String FLOOR = "#cbd5e1";
    static final String MAT = "#a7dcd4";
    static final String WALL = "#e2e8f0";
    static final String WOOD = "#b08968";
    static final String STRAP = "#d97706";
    static final String BAND = "#e11d48";
    static final String WEIGHT = "#57534e";
    static final double WEIGHT_RADIUS = 7.5;

    static final double WORKING_EXTRA_WIDTH = 2.5;

    private final Illustration illustration;
    private final List<Skeleton> motion;
    private final List<Shape> backdrop;
    private final Bounds bounds;

    Scene(Illustration illustration) {
        this.illustration = illustration;
        this.motion = illustration.motion();
        this.backdrop = backdrop(illustration, motion);
        List<List<Shape>> all = new ArrayList<>(motion.stream().map(this::figure).toList());
        all.add(backdrop);
        this.bounds = Bounds.around(all);
    }

    List<Shape> backdrop() {
        return backdrop;
    }

    /** Every frame of one loop of the animation ({@link Illustration#motion()}). */
    List<Skeleton> motion() {
        return motion;
    }

    /** The frame every picture of this illustration is drawn in. */
    Bounds bounds() {
        return bounds;
    }

    /** The figure and the equipment that moves with it, for one frame. */
    List<Shape> figure(Skeleton s) {
        List<Shape> shapes = new ArrayList<>();
        limb(shapes, s, Limb.FAR_LEG);
        limb(shapes, s, Limb.FAR_ARM);
        shapes.add(new Shape.Stroke(List.of(s.at(Joint.HIP), s.at(Joint.SHOULDER)), Shape.TRUNK_WIDTH, Scene.BODY));
        shapes.add(new Shape.Disc(s.at(Joint.HEAD), Segment.HEAD_RADIUS, Scene.BODY));
        limb(shapes, s, Limb.NEAR_LEG);
        limb(shapes, s, Limb.NEAR_ARM);
        if (illustration.props().contains(Prop.BAND)) {
            shapes.add(new Shape.Stroke(List.of(
                    Point.between(s.at(Joint.HIP), s.at(Joint.NEAR_KNEE), 0.8),
                    Point.between(s.at(Joint.HIP), s.at(Joint.FAR_KNEE), 0.8)), 4, Scene.BAND));
        }
        if (illustration.props().contains(Prop.STRAP)) {
            Point sole = Point.between(s.at(Joint.NEAR_HEEL), s.at(Joint.NEAR_TOE), 0.6);
            Point below = new Point(sole.x() + 2, sole.y() + 3);
            shapes.add(new Shape.Stroke(List.of(s.at(Joint.NEAR_HAND), below, s.at(Joint.FAR_HAND)), 2.5, Scene.STRAP));
        }
        if (illustration.props().contains(Prop.WEIGHT)) {
            Point hand = s.at(Joint.NEAR_HAND);
            shapes.add(new Shape.Disc(new Point(hand.x(), hand.y() - WEIGHT_RADIUS + 2), WEIGHT_RADIUS, Scene.WEIGHT));
        }
        return shapes;
    }

    private void limb(List<Shape> shapes, Skeleton s, Limb limb) {
        boolean works = illustration.working().contains(limb);
        String color = limb.isNear() || illustration.view() == View.FRONT
                ? (works ? WORKING : BODY)
                : (works ? WORKING_FAR : FAR);
        List<Point> points = switch (limb) {
            case NEAR_ARM -> List.of(s.at(Joint.SHOULDER), s.at(Joint.NEAR_ELBOW), s.at(Joint.NEAR_HAND));
            case FAR_ARM -> List.of(s.at(Joint.SHOULDER), s.at(Joint.FAR_ELBOW), s.at(Joint.FAR_HAND));
            case NEAR_LEG -> List.of(s.at(Joint.HIP), s.at(Joint.NEAR_KNEE), s.at(Joint.NEAR_ANKLE),
                    s.at(Joint.NEAR_HEEL), s.at(Joint.NEAR_TOE));
            case FAR_LEG -> List.of(s.at(Joint.HIP), s.at(Joint.FAR_KNEE), s.at(Joint.FAR_ANKLE),
                    s.at(Joint.FAR_HEEL), s.at(Joint.FAR_TOE));
        };
        // working limbs are also thicker, so they stand out without colour too (and in greyscale print)
        double width = (limb == Limb.NEAR_ARM || limb == Limb.FAR_ARM ? Shape.LIMB_WIDTH - 1 : Shape.LIMB_WIDTH)
                + (works ? WORKING_EXTRA_WIDTH : 0);
        shapes.add(new Shape.Stroke(points, width, color));
    }

    private static List<Shape> backdrop(Illustration illustration, List<Skeleton> frames) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxHand = -Double.MAX_VALUE;
        for (Skeleton s : frames) {
            for (Joint joint : Joint.values()) {
                minX = Math.min(minX, s.at(joint).x());
                maxX = Math.max(maxX, s.at(joint).x());
            }
            maxHand = Math.max(maxHand, Math.max(s.at(Joint.NEAR_HAND).x(), s.at(Joint.FAR_HAND).x()));
        }
        List<Shape> shapes = new ArrayList<>();
        Skeleton first = frames.getFirst();
        shapes.add(new Shape.Block(minX - 40, -1.5, maxX - minX + 80, 1.5, 0, FLOOR));
        if (illustration.props().contains(Prop.WALL)) {
            shapes.add(new Shape.Block(maxHand + 3.5, 0, 8, 190, 1, WALL));
        }
        if (illustration.props().contains(Prop.TABLE)) {
            Point hand = first.at(Joint.FAR_HAND).x() > first.at(Joint.NEAR_HAND).x()
                    ? first.at(Joint.FAR_HAND) : first.at(Joint.NEAR_HAND);
            double top = hand.y() - 4;
            shapes.add(new Shape.Block(hand.x() - 10, top - 5, 46, 5, 1.5, WOOD));
            shapes.add(new Shape.Block(hand.x() - 8, 0, 4, top - 5, 0, WOOD));
            shapes.add(new Shape.Block(hand.x() + 30, 0, 4, top - 5, 0, WOOD));
        }
        if (illustration.props().contains(Prop.CHAIR)) {
            Point hip = first.at(Joint.HIP);
            double seat = hip.y() - 6;
            shapes.add(new Shape.Block(hip.x() - 22, seat - 4, 38, 4, 1.5, WOOD));
            shapes.add(new Shape.Block(hip.x() - 22, 0, 3.5, seat - 4, 0, WOOD));
            shapes.add(new Shape.Block(hip.x() + 12.5, 0, 3.5, seat - 4, 0, WOOD));
            shapes.add(new Shape.Block(hip.x() - 22, seat, 3.5, 44, 1.5, WOOD));
        }
        if (illustration.props().contains(Prop.MAT)) {
            shapes.add(new Shape.Block(minX - 14, 0, maxX - minX + 28, illustration.floor(), 2, MAT));
        }
        return shapes;
    }
}
