package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.catalogue.ExercisePicture;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.dom.Element;

/**
 * Shows how an exercise is done, the same way wherever an exercise appears: a stock drawing moves
 * through its poses, and for people who ask for reduced motion the browser picks the still strip
 * of the poses instead (a picture element with a media query, so no script and no second request);
 * a clinic's own pictures show in their order, numbered when there are several.
 */
public final class ExercisePictures {

    private ExercisePictures() {
    }

    /** What the drawings' colour means, said once wherever drawings are shown. */
    public static String drawingKey() {
        return Text.get("catalogue.pictures.key");
    }

    static String pause() {
        return Text.get("catalogue.pictures.pause");
    }

    static String play() {
        return Text.get("catalogue.pictures.play");
    }

    /** The picture at full width, as on an exercise's page or the runner's card. */
    public static Component of(ExercisePicture picture, String exerciseName) {
        if (picture.isDrawing()) {
            return drawing(picture);
        }
        if (picture.urls().size() == 1) {
            Image image = new Image(picture.first(), Text.get("catalogue.pictures.howTo", "name", exerciseName));
            image.addClassName("exercise-image");
            return image;
        }
        OrderedList steps = new OrderedList();
        steps.addClassName("picture-steps");
        steps.getElement().setAttribute("aria-label", Text.get("catalogue.pictures.inOrder", "name", exerciseName));
        int count = picture.urls().size();
        for (int i = 0; i < count; i++) {
            Image image = new Image(picture.urls().get(i), Text.get("catalogue.pictures.step", "number", i + 1,
                    "count", count, "name", exerciseName));
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
        still.setAttribute("media", "(prefers-reduced-motion: reduce)"); // literal: a media query
        still.setAttribute("srcset", picture.stillUrl());
        Element image = new Element("img");
        image.setAttribute("src", picture.first());
        image.setAttribute("alt", picture.description());
        image.getClassList().add("exercise-image");
        element.appendChild(still, image);
        box.getElement().appendChild(element);
        box.getElement().appendChild(pause(image, picture));
        return box;
    }

    /**
     * Stops the movement by showing the still poses, and starts it again (moving pictures that play
     * on their own need a way to stop them). Hidden under reduced motion, where nothing moves. A plain
     * button whose icon is drawn by CSS: one state node, as Today keeps its state tree small.
     */
    private static Element pause(Element image, ExercisePicture picture) {
        Element button = new Element("button");
        button.setAttribute("type", "button");
        button.getClassList().add("drawing-toggle");
        button.setAttribute("aria-label", pause());
        button.setAttribute("title", pause());
        button.addEventListener("click", e -> toggle(button, image, picture));
        return button;
    }

    static void toggle(Element button, Element image, ExercisePicture picture) {
        boolean pausing = !button.hasAttribute("data-paused");
        image.setAttribute("src", pausing ? picture.stillUrl() : picture.first());
        if (pausing) {
            button.setAttribute("data-paused", "");
        } else {
            button.removeAttribute("data-paused");
        }
        String label = pausing ? play() : pause();
        button.setAttribute("aria-label", label);
        button.setAttribute("title", label);
    }
}
