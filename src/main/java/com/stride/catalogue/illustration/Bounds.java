package com.stride.catalogue.illustration;

import java.util.Collection;

/**
 * The frame every picture of an illustration is drawn in: the box around all its shapes in every
 * frame, widened to 4:3 around the figure, so the still poses and the animation line up and every
 * exercise fills a card the same way.
 */
record Bounds(double x, double y, double width, double height) {

    static final double MARGIN = 6;
    static final double ASPECT = 4.0 / 3.0;
    /** The smallest frame, so a compact pose is not drawn larger than a standing figure. */
    static final double MIN_HEIGHT = 150;

    static Bounds around(Collection<? extends Collection<Shape>> frames) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Collection<Shape> shapes : frames) {
            for (Shape shape : shapes) {
                switch (shape) {
                    case Shape.Stroke stroke -> {
                        for (Point p : stroke.points()) {
                            minX = Math.min(minX, p.x() - stroke.width() / 2);
                            maxX = Math.max(maxX, p.x() + stroke.width() / 2);
                            minY = Math.min(minY, p.y() - stroke.width() / 2);
                            maxY = Math.max(maxY, p.y() + stroke.width() / 2);
                        }
                    }
                    case Shape.Disc disc -> {
                        minX = Math.min(minX, disc.center().x() - disc.radius());
                        maxX = Math.max(maxX, disc.center().x() + disc.radius());
                        minY = Math.min(minY, disc.center().y() - disc.radius());
                        maxY = Math.max(maxY, disc.center().y() + disc.radius());
                    }
                    case Shape.Block block -> {
                        // the floor line and the wall's height are open-ended: they do not widen the frame
                        if (block.color().equals(Scene.FLOOR)) {
                            continue;
                        }
                        minX = Math.min(minX, block.x());
                        maxX = Math.max(maxX, block.x() + block.width());
                        minY = Math.min(minY, block.y());
                        maxY = Math.max(maxY, Math.min(block.y() + block.height(), 175));
                    }
                }
            }
        }
        minX -= MARGIN;
        maxX += MARGIN;
        minY = Math.min(minY, 0) - MARGIN;
        maxY += MARGIN;
        if (maxY - minY < MIN_HEIGHT) {
            maxY = minY + MIN_HEIGHT;
        }
        double width = maxX - minX;
        double height = maxY - minY;
        if (width / height < ASPECT) {
            double grow = height * ASPECT - width;
            minX -= grow / 2;
            width += grow;
        } else {
            // taller, with the floor kept near the bottom edge
            height = width / ASPECT;
        }
        return new Bounds(minX, minY, width, height);
    }

    double top() {
        return y + height;
    }
}
