package com.stride.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.catalogue.ExercisePicture;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the browser gets for each kind of exercise picture. */
class ExercisePicturesTest {

    @Test
    void aDrawingLetsTheBrowserPickTheStillPosesUnderReducedMotion() {
        ExercisePicture drawing = new ExercisePicture(List.of("catalogue/illustrations/glute-bridge.svg?v=1"),
                "catalogue/illustrations/glute-bridge-poses.svg?v=1", "catalogue/illustrations/glute-bridge-pose.svg?v=1",
                "glute-bridge", "Lying on the back; the hips rise.");

        Element picture = ExercisePictures.of(drawing, "Glute bridge").getElement().getChild(0);

        assertThat(picture.getTag()).isEqualTo("picture");
        Element source = picture.getChild(0);
        assertThat(source.getAttribute("media")).isEqualTo("(prefers-reduced-motion: reduce)");
        assertThat(source.getAttribute("srcset")).isEqualTo(drawing.stillUrl());
        Element image = picture.getChild(1);
        assertThat(image.getAttribute("src")).isEqualTo(drawing.first());
        assertThat(image.getAttribute("alt")).isEqualTo("Lying on the back; the hips rise.");
    }

    @Test
    void theMovementCanBeStoppedAndStartedAgain() {
        ExercisePicture drawing = new ExercisePicture(List.of("a.svg"), "a-poses.svg", "a-pose.svg", "a", "Shown.");
        Element box = ExercisePictures.of(drawing, "A").getElement();
        Element image = box.getChild(0).getChild(1);
        Element toggle = box.getChild(1);
        assertThat(toggle.getTag()).isEqualTo("button");
        assertThat(toggle.getAttribute("aria-label")).isEqualTo("Stop the movement");

        ExercisePictures.toggle(toggle, image, drawing);
        assertThat(image.getAttribute("src")).isEqualTo("a-poses.svg");
        assertThat(toggle.getAttribute("aria-label")).isEqualTo("Show the movement");
        assertThat(toggle.hasAttribute("data-paused")).isTrue();
        ExercisePictures.toggle(toggle, image, drawing);
        assertThat(image.getAttribute("src")).isEqualTo("a.svg");
        assertThat(toggle.getAttribute("aria-label")).isEqualTo("Stop the movement");
    }

    @Test
    void severalPicturesAreNumberedStepsInOrder() {
        ExercisePicture photos = new ExercisePicture(List.of("catalogue/images/7/1?v=1", "catalogue/images/7/2?v=1"),
                null, "catalogue/images/7/1?v=1", null, null);

        Component steps = ExercisePictures.of(photos, "Towel <b>scrunches</b>");

        assertThat(steps.getElement().getTag()).isEqualTo("ol");
        assertThat(steps.getElement().getChildren().map(li -> li.getChild(0).getAttribute("alt")))
                .containsExactly("Step 1 of 2: Towel <b>scrunches</b>", "Step 2 of 2: Towel <b>scrunches</b>");
        assertThat(steps.getElement().getChild(1).getChild(0).getAttribute("src")).isEqualTo("catalogue/images/7/2?v=1");
    }

    @Test
    void onePictureIsOneImage() {
        ExercisePicture photo = new ExercisePicture(List.of("catalogue/images/7/1?v=1"), null,
                "catalogue/images/7/1?v=1", null, null);

        Element image = ExercisePictures.of(photo, "Heel walks").getElement();

        assertThat(image.getTag()).isEqualTo("img");
        assertThat(image.getAttribute("alt")).isEqualTo("How to do Heel walks");
    }
}
