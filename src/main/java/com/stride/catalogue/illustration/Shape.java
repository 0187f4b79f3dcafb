package com.stride.catalogue.illustration;

import java.util.List;

/** What a drawing is made of, so the SVG and the PDF draw the same picture from the same shapes. */
public sealed interface Shape {

    double TRUNK_WIDTH = 13;
    double LIMB_WIDTH = 9;

    /** A line through points with round ends and joints. */
    record Stroke(List<Point> points, double width, String color) implements Shape {
    }

    /** A filled circle. */
    record Disc(Point center, double radius, String color) implements Shape {
    }

    /** A filled rectangle with rounded corners; x and y are its lower left corner. */
    record Block(double x, double y, double width, double height, double corner, String color) implements Shape {
    }
}
