package com.stride.catalogue;

import com.stride.i18n.Text;
import com.stride.catalogue.illustration.Illustration;
import com.stride.catalogue.illustration.StockIllustrations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where an exercise's pictures are served, for views and other features that show exercises. */
public final class ExerciseImages {

    /** How many pictures one exercise may have; V13's exercise_pictures_max() says the same. */
    public static final int MAX_PICTURES = 6;

    private ExerciseImages() {
    }

    /** Why another picture is refused. */
    public static String tooMany() {
        return Text.get("catalogue.image.tooMany", "max", MAX_PICTURES);
    }

    /**
     * The exercise's uploaded pictures when it has any, else its stock drawing, else null. URLs are
     * relative (they work under any context path) and change whenever a picture changes.
     */
    public static @Nullable ExercisePicture picture(long exerciseId, @Nullable Long imageVersion, int imageCount,
                                                    @Nullable String stockCode) {
        if (imageVersion != null && imageCount > 0) {
            List<String> urls = new ArrayList<>();
            for (int position = 1; position <= imageCount; position++) {
                urls.add(ExerciseImageController.PATH.substring(1) + exerciseId + "/" + position + "?v=" + imageVersion);
            }
            return new ExercisePicture(urls, null, urls.getFirst(), null, null);
        }
        Optional<Illustration> drawing = stockCode == null ? Optional.empty() : StockIllustrations.of(stockCode);
        return drawing.map(illustration -> new ExercisePicture(
                        List.of(IllustrationController.url(stockCode, IllustrationController.Kind.ANIMATED)),
                        IllustrationController.url(stockCode, IllustrationController.Kind.POSES),
                        IllustrationController.url(stockCode, IllustrationController.Kind.LAST_POSE),
                        stockCode, StockText.drawing(stockCode, illustration.alt())))
                .orElse(null);
    }
}
