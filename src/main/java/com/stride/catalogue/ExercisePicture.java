package com.stride.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What shows how an exercise is done: a clinic exercise's own pictures in order (its steps), or
 * for a stock exercise our drawing, which moves through its key poses and has a still strip of
 * them side by side for reduced motion, small thumbnails and print.
 *
 * @param urls        the pictures in order; for a drawing, the one animated picture
 * @param stillUrl    the drawing's poses side by side; null for uploaded pictures
 * @param thumbnail   a small still: the drawing's last key pose, or the first uploaded picture
 * @param drawing     the stock code of the drawing (catalogue.illustration); null for uploaded pictures
 * @param description what the drawing shows, for screen readers; null for uploaded pictures
 */
public record ExercisePicture(List<String> urls, @Nullable String stillUrl, String thumbnail, @Nullable String drawing,
                              @Nullable String description) {

    public ExercisePicture {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("A picture needs at least one URL");
        }
        urls = List.copyOf(urls);
    }

    public boolean isDrawing() {
        return drawing != null;
    }

    public String first() {
        return urls.getFirst();
    }
}
