package com.stride.catalogue;

import com.stride.base.validation.Messages;
import com.stride.base.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a PT enters to create or change a custom exercise. The same limits are CHECK constraints in
 * the database; the service validates before anything is written.
 */
public record ExerciseDraft(
        @NotBlank(message = "{catalogue.draft.nameRequired}")
        @Size(min = Exercise.NAME_MIN_LENGTH, max = Exercise.NAME_MAX_LENGTH, message = Messages.LENGTH_BETWEEN)
        @PlainText
        @Nullable String name,

        @NotNull(message = "{catalogue.draft.categoryRequired}")
        @Nullable Category category,

        @NotEmpty(message = "{catalogue.draft.regionsRequired}")
        Set<BodyRegion> regions,

        @Size(max = Exercise.MAX_MUSCLES, message = "{catalogue.draft.tooManyMuscles}")
        List<@NotBlank(message = "{catalogue.draft.muscleBlank}")
            @Size(max = Exercise.MUSCLE_MAX_LENGTH, message = Messages.TOO_LONG)
            @PlainText String> muscles,

        @NotNull(message = "{catalogue.draft.positionRequired}")
        @Nullable Position position,

        ExerciseEquipment equipment,

        boolean oneSide,

        @NotEmpty(message = "{catalogue.draft.stepsRequired}")
        @Size(max = Exercise.MAX_STEPS, message = "{catalogue.draft.tooManySteps}")
        List<@NotBlank(message = "{catalogue.draft.stepBlank}")
            @Size(max = Exercise.TEXT_ITEM_MAX_LENGTH, message = Messages.TOO_LONG)
            @PlainText String> steps,

        @Size(max = Exercise.MAX_TIPS, message = "{catalogue.draft.tooManyTips}")
        List<@NotBlank(message = "{catalogue.draft.tipBlank}")
            @Size(max = Exercise.TEXT_ITEM_MAX_LENGTH, message = Messages.TOO_LONG)
            @PlainText String> tips,

        @Nullable Dosage defaultDosage,

        @Size(max = Exercise.VIDEO_URL_MAX_LENGTH, message = Messages.TOO_LONG)
        @Pattern(regexp = "^https://[\\x21-\\x7E&&[^<>\"]]+$",
                message = "{catalogue.draft.videoUrl}")
        @Nullable String videoUrl,

        @NotNull
        ImageChange image) {

    public ExerciseDraft {
        name = strip(name);
        videoUrl = strip(videoUrl);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        equipment = equipment == null ? ExerciseEquipment.NONE : equipment;
        muscles = stripAll(muscles);
        steps = stripAll(steps);
        tips = stripAll(tips);
        image = image == null ? ImageChange.KEEP : image;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> stripAll(List<String> items) {
        return items == null ? List.of() : items.stream().map(i -> i == null ? "" : i.strip()).toList();
    }
}
