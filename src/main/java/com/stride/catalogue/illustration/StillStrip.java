package com.stride.catalogue.illustration;

import java.util.ArrayList;
import java.util.List;

/**
 * The key poses of an illustration side by side with an arrow between them, as shapes in one
 * coordinate space from (0, 0) at the lower left to (width, height): what the reduced-motion
 * picture and the printed handout show.
 */
public record StillStrip(double width, double height, List<Shape> shapes) {

    /** Room between two poses, where the arrow goes. */
    static final double GAP = 22;

    public static StillStrip of(Illustration illustration) {
        Scene scene = new Scene(illustration);
        Bounds box = scene.bounds();
        List<Skeleton> keys = illustration.keyFrames();
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            double left = i * (box.width() + GAP);
            double dx = left - box.x();
            double dy = -box.y();
            scene.backdrop().forEach(shape -> shapes.add(moved(shape, dx, dy)));
            scene.figure(keys.get(i)).forEach(shape -> shapes.add(moved(shape, dx, dy)));
            if (i + 1 < keys.size()) {
                double x = left + box.width() + GAP / 2;
                double y = box.height() / 2;
                shapes.add(new Shape.Stroke(List.of(new Point(x - 5, y + 8), new Point(x + 4, y),
                        new Point(x - 5, y - 8)), 4, Scene.FAR));
            }
        }
        return new StillStrip(keys.size() * box.width() + (keys.size() - 1) * GAP, box.height(), shapes);
    }

    private static Shape moved(Shape shape, double dx, double dy) {
        return switch (shape) {
            case Shape.Stroke s -> new Shape.Stroke(s.points().stream().map(p -> p.plus(dx, dy)).toList(),
                    s.width(), s.color());
            case Shape.Disc d -> new Shape.Disc(d.center().plus(dx, dy), d.radius(), d.color());
            case Shape.Block b -> new Shape.Block(b.x() + dx, b.y() + dy, b.width(), b.height(), b.corner(), b.color());
        };
    }
}
