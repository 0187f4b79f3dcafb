package com.stride.plan;

import com.stride.catalogue.illustration.Illustration;
import com.stride.catalogue.illustration.Point;
import com.stride.catalogue.illustration.Shape;
import com.stride.catalogue.illustration.StillStrip;
import java.awt.Color;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** Draws a stock exercise's poses into the handout as vector shapes: the same strip the app shows. */
final class HandoutDrawing {

    private HandoutDrawing() {
    }

    static Image strip(PdfWriter writer, Illustration illustration) throws BadElementException {
        StillStrip strip = StillStrip.of(illustration);
        PdfTemplate canvas = writer.getDirectContent().createTemplate((float) strip.width(), (float) strip.height());
        canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (Shape shape : strip.shapes()) {
            switch (shape) {
                case Shape.Stroke stroke -> {
                    canvas.setColorStroke(color(stroke.color()));
                    canvas.setLineWidth((float) stroke.width());
                    Point first = stroke.points().getFirst();
                    canvas.moveTo((float) first.x(), (float) first.y());
                    for (Point point : stroke.points().subList(1, stroke.points().size())) {
                        canvas.lineTo((float) point.x(), (float) point.y());
                    }
                    canvas.stroke();
                }
                case Shape.Disc disc -> {
                    canvas.setColorFill(color(disc.color()));
                    canvas.circle((float) disc.center().x(), (float) disc.center().y(), (float) disc.radius());
                    canvas.fill();
                }
                case Shape.Block block -> {
                    canvas.setColorFill(color(block.color()));
                    canvas.roundRectangle((float) block.x(), (float) block.y(), (float) block.width(),
                            (float) block.height(), (float) block.corner());
                    canvas.fill();
                }
            }
        }
        return Image.getInstance(canvas);
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
