package com.stride.catalogue.illustration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an illustration as SVG: animated through its poses with SMIL (which also plays inside an
 * img element and needs no script), or as a still strip of the key poses side by side, for people
 * who prefer reduced motion and for small thumbnails.
 */
public final class SvgDrawing {

    /** Seconds the figure takes to move from one key pose to the next. */
    static final double MOVE_SECONDS = 1.4;

    private SvgDrawing() {
    }

    public static String animated(Illustration illustration) {
        Scene scene = new Scene(illustration);
        List<Skeleton> motion = scene.motion();
        List<List<Shape>> frames = motion.stream().map(scene::figure).toList();
        Bounds box = scene.bounds();

        int poses = illustration.poses().size();
        // each key pose is shown twice in a row (the hold), then the steps of its movement
        List<Double> times = new ArrayList<>();
        List<Integer> frameAt = new ArrayList<>();
        double start = 0;
        for (int pose = 0; pose < poses; pose++) {
            double hold = illustration.poses().get(pose).holdSeconds();
            times.add(start);
            frameAt.add(pose * Illustration.STEPS);
            for (int step = 0; step < Illustration.STEPS; step++) {
                times.add(start + hold + MOVE_SECONDS * step / Illustration.STEPS);
                frameAt.add(pose * Illustration.STEPS + step);
            }
            start += hold + MOVE_SECONDS;
        }
        double total = start;
        times.add(total);
        frameAt.add(motion.size() - 1);
        StringBuilder keyTimes = new StringBuilder();
        for (double time : times) {
            keyTimes.append(keyTimes.isEmpty() ? "" : ";").append(number(time / total, 4));
        }

        StringBuilder svg = open(box.x(), box.width(), box.height(), box.top());
        svg.append("<g>");
        scene.backdrop().forEach(shape -> draw(svg, shape));
        List<Shape> first = frames.getFirst();
        for (int i = 0; i < first.size(); i++) {
            Shape shape = first.get(i);
            int index = i;
            List<Shape> track = frameAt.stream().map(f -> frames.get(f).get(index)).toList();
            animate(svg, shape, track, keyTimes.toString(), total);
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    /** The key poses side by side with an arrow between them ({@link StillStrip}). */
    public static String strip(Illustration illustration) {
        StillStrip strip = StillStrip.of(illustration);
        StringBuilder svg = open(0, strip.width(), strip.height(), strip.height());
        strip.shapes().forEach(shape -> draw(svg, shape));
        return svg.append("</svg>").toString();
    }

    /** One key pose alone, in the same frame as the animation. */
    public static String pose(Illustration illustration, int index) {
        Scene scene = new Scene(illustration);
        Bounds box = scene.bounds();
        StringBuilder svg = open(box.x(), box.width(), box.height(), box.top());
        scene.backdrop().forEach(shape -> draw(svg, shape));
        scene.figure(illustration.keyFrames().get(index)).forEach(shape -> draw(svg, shape));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(double x, double width, double height, double top) {
        return new StringBuilder(8192).append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(number(x, 1)).append(' ').append(number(-top, 1)).append(' ')
                .append(number(width, 1)).append(' ').append(number(height, 1)).append("\">");
    }

    private static void draw(StringBuilder svg, Shape shape) {
        switch (shape) {
            case Shape.Stroke stroke -> svg.append("<polyline points=\"").append(points(stroke.points()))
                    .append('"').append(strokeStyle(stroke)).append("/>");
            case Shape.Disc disc -> svg.append("<circle cx=\"").append(number(disc.center().x(), 1))
                    .append("\" cy=\"").append(number(-disc.center().y(), 1)).append("\" r=\"")
                    .append(number(disc.radius(), 1)).append("\" fill=\"").append(disc.color()).append("\"/>");
            case Shape.Block block -> svg.append("<rect x=\"").append(number(block.x(), 1))
                    .append("\" y=\"").append(number(-(block.y() + block.height()), 1))
                    .append("\" width=\"").append(number(block.width(), 1))
                    .append("\" height=\"").append(number(block.height(), 1))
                    .append("\" rx=\"").append(number(block.corner(), 1))
                    .append("\" fill=\"").append(block.color()).append("\"/>");
        }
    }

    private static void animate(StringBuilder svg, Shape shape, List<Shape> track, String keyTimes, double total) {
        String timing = "\" dur=\"" + number(total, 2) + "s\" keyTimes=\"" + keyTimes
                + "\" repeatCount=\"indefinite\"/>";
        switch (shape) {
            case Shape.Stroke stroke -> {
                svg.append("<polyline points=\"").append(points(stroke.points())).append('"')
                        .append(strokeStyle(stroke)).append("><animate attributeName=\"points\" values=\"");
                for (int i = 0; i < track.size(); i++) {
                    svg.append(i == 0 ? "" : ";").append(points(((Shape.Stroke) track.get(i)).points()));
                }
                svg.append(timing).append("</polyline>");
            }
            case Shape.Disc disc -> {
                svg.append("<circle cx=\"").append(number(disc.center().x(), 1)).append("\" cy=\"")
                        .append(number(-disc.center().y(), 1)).append("\" r=\"").append(number(disc.radius(), 1))
                        .append("\" fill=\"").append(disc.color()).append("\">");
                StringBuilder cx = new StringBuilder();
                StringBuilder cy = new StringBuilder();
                for (Shape s : track) {
                    Point c = ((Shape.Disc) s).center();
                    cx.append(cx.isEmpty() ? "" : ";").append(number(c.x(), 1));
                    cy.append(cy.isEmpty() ? "" : ";").append(number(-c.y(), 1));
                }
                svg.append("<animate attributeName=\"cx\" values=\"").append(cx).append(timing)
                        .append("<animate attributeName=\"cy\" values=\"").append(cy).append(timing)
                        .append("</circle>");
            }
            case Shape.Block block -> draw(svg, block);
        }
    }

    private static String strokeStyle(Shape.Stroke stroke) {
        return " fill=\"none\" stroke=\"" + stroke.color() + "\" stroke-width=\"" + number(stroke.width(), 1)
                + "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";
    }

    private static String points(List<Point> points) {
        StringBuilder text = new StringBuilder();
        for (Point p : points) {
            text.append(text.isEmpty() ? "" : " ").append(number(p.x(), 1)).append(',').append(number(-p.y(), 1));
        }
        return text.toString();
    }

    static String number(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }
}
