package com.stride.catalogue.illustration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How one exercise is drawn: its key poses in order (the animation goes through them and back to
 * the first), the limbs that work or stretch (drawn in the brand colour), the equipment, and the
 * joint that stays in place on the floor while the figure moves.
 *
 * @param anchor the joint that keeps its place between poses, such as the kneeling knee
 * @param alt    what the pictures show, for people who cannot see them
 */
public record Illustration(View view, List<Pose> poses, Set<Limb> working, Set<Prop> props, Joint anchor,
                           String alt) {

    /** Sub-frames of one movement between two key poses; SVG moves linearly between them. */
    static final int STEPS = 12;

    public Illustration {
        if (poses.size() < 2) {
            throw new IllegalArgumentException("An illustration needs at least a start and an end pose");
        }
        poses = List.copyOf(poses);
        working = Set.copyOf(working);
        props = Set.copyOf(props);
    }

    /** Height of the surface the figure rests on: the top of the mat, or the floor. */
    double floor() {
        return props.contains(Prop.MAT) ? 4 : 0;
    }

    /** The pose's joints, moved so the anchor keeps the first pose's place and the figure touches the floor. */
    Skeleton place(Pose pose) {
        Skeleton skeleton = Skeleton.of(pose);
        double anchorX = Skeleton.of(poses.getFirst()).at(anchor).x();
        return skeleton.shifted(anchorX - skeleton.at(anchor).x(), floor() - skeleton.lowest());
    }

    List<Skeleton> keyFrames() {
        return poses.stream().map(this::place).toList();
    }

    /**
     * Every frame of one loop: each key pose, then the eased way to the next one, ending with the
     * way back from the last pose to the first.
     */
    List<Skeleton> motion() {
        List<Skeleton> frames = new ArrayList<>();
        for (int i = 0; i < poses.size(); i++) {
            Pose from = poses.get(i);
            Pose to = poses.get((i + 1) % poses.size());
            for (int step = 0; step < STEPS; step++) {
                double t = (double) step / STEPS;
                frames.add(place(Pose.between(from, to, t * t * (3 - 2 * t))));
            }
        }
        frames.add(place(poses.getFirst()));
        return frames;
    }
}
