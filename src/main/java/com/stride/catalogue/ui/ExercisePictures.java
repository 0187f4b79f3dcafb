package com.stride.catalogue.ui;

import com.stride.catalogue.ExercisePicture;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

/**
 * Shows how an exercise is done, the same way wherever an exercise appears: a stock drawing moves
 * through its poses, and for people who ask for reduced motion the browser picks the still strip
 * of the poses instead (a picture element with a media query, so no script and no second request);
 * a clinic's own pictures show in their order, numbered when there are several.
 */
public final class ExercisePictures {

    static final String PAUSE = "Stop the movement";
    static final String PLAY = "Show the movement";

    private ExercisePictures() {
    }

    /** The picture at full width, as on an exercise's page or the runner's card. */
    public static Component of(ExercisePicture picture, String exerciseName) {
        if (picture.isDrawing()) {
            return drawing(picture);
        }
        if (picture.urls().size() == 1) {
            Image image = new Image(picture.first(), "How to do " + exerciseName);
            image.addClassName("exercise-image");
            return image;
        }
        OrderedList steps = new OrderedList();
        steps.addClassName("picture-steps");
        steps.getElement().setAttribute("aria-label", "Pictures of " + exerciseName + ", in order");
        int count = picture.urls().size();
        for (int i = 0; i < count; i++) {
            Image image = new Image(picture.urls().get(i), "Step " + (i + 1) + " of " + count + ": " + exerciseName);
            image.addClassName("exercise-image");
            steps.add(new ListItem(image));
        }
        return steps;
    }

    private static Component drawing(ExercisePicture picture) {
        Div box = new Div();
        box.addClassName("exercise-drawing");
        Element element = new Element("picture");
        Element still = new Element("source");
        still.setAttribute("media", "(prefers-reduced-motion: reduce)");
        still.setAttribute("srcset", picture.stillUrl());
        Element image = new Element("img");
        image.setAttribute("src", picture.first());
        image.setAttribute("alt", picture.description());
        image.getClassList().add("exercise-image");
        element.appendChild(still, image);
        box.getElement().appendChild(element);
        box.add(pause(image, picture));
        return box;
    }

    /**
     * Stops the movement by showing the still poses, and starts it again (moving pictures that play
     * on their own need a way to stop them). Hidden under reduced motion, where nothing moves.
     */
    private static Button pause(Element image, ExercisePicture picture) {
        Button toggle = new Button(VaadinIcon.PAUSE.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("drawing-toggle");
        toggle.setAriaLabel(PAUSE);
        toggle.setTooltipText(PAUSE);
        toggle.addClickListener(e -> {
            boolean pausing = PAUSE.equals(toggle.getAriaLabel().orElse(PAUSE));
            image.setAttribute("src", pausing ? picture.stillUrl() : picture.first());
            toggle.setIcon((pausing ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create());
            toggle.setAriaLabel(pausing ? PLAY : PAUSE);
            toggle.setTooltipText(pausing ? PLAY : PAUSE);
        });
        return toggle;
    }
}
