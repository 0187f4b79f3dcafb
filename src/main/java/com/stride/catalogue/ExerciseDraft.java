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
        @NotBlank(message = "Enter a name")
        @Size(min = Exercise.NAME_MIN_LENGTH, max = Exercise.NAME_MAX_LENGTH, message = Messages.LENGTH_BETWEEN)
        @PlainText
        @Nullable String name,

        @NotNull(message = "Choose a category")
        @Nullable Category category,

        @NotEmpty(message = "Choose at least one body region")
        Set<BodyRegion> regions,

        @Size(max = Exercise.MAX_MUSCLES, message = "Use at most {max} muscles")
        List<@NotBlank(message = "Write this muscle or remove it")
            @Size(max = Exercise.MUSCLE_MAX_LENGTH, message = Messages.TOO_LONG)
            @PlainText String> muscles,

        @NotNull(message = "Choose a position")
        @Nullable Position position,

        ExerciseEquipment equipment,

        boolean oneSide,

        @NotEmpty(message = "Add at least one step")
        @Size(max = Exercise.MAX_STEPS, message = "Use at most {max} steps")
        List<@NotBlank(message = "Write this step or remove it")
            @Size(max = Exercise.TEXT_ITEM_MAX_LENGTH, message = Messages.TOO_LONG)
            @PlainText String> steps,

        @Size(max = Exercise.MAX_TIPS, message = "Use at most {max} tips")
        List<@NotBlank(message = "Write this tip or remove it")
            @Size(max = Exercise.TEXT_ITEM_MAX_LENGTH, message = Messages.TOO_LONG)
            @PlainText String> tips,

        @Nullable Dosage defaultDosage,

        @Size(max = Exercise.VIDEO_URL_MAX_LENGTH, message = Messages.TOO_LONG)
        @Pattern(regexp = "^https://[\\x21-\\x7E&&[^<>\"]]+$",
                message = "Use a web link that starts with https:// (no spaces)")
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
