package com.stride.catalogue.illustration;

/** A point of a drawing, y pointing up (the floor is y = 0). */
public record Point(double x, double y) {

    /** The point at the given distance in a compass direction: 0 down, 90 forward, 180 up. */
    Point toward(double degrees, double distance) {
        double radians = Math.toRadians(degrees);
        return new Point(x + distance * Math.sin(radians), y - distance * Math.cos(radians));
    }

    Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    static Point between(Point a, Point b, double t) {
        return new Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }
}
