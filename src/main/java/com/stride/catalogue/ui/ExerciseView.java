package com.stride.catalogue.ui;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.ui.Notices;
import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.ExerciseDetails;
import com.stride.catalogue.ExerciseStepService;
import com.stride.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** One exercise: how to do it, what it targets, its default dosage in plain language. */
@Route("catalogue/:id([0-9]{1,18})")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class ExerciseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final ExerciseStepService steps;
    private ExerciseDetails exercise;

    ExerciseView(CatalogueService catalogue, ExerciseStepService steps) {
        this.catalogue = catalogue;
        this.steps = steps;
        addClassName("exercise-view");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(catalogue.get(id));
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ExerciseDetails details) {
        exercise = details;
        removeAll();

        Anchor back = new Anchor(CatalogueView.lastSearch(), "Back to the catalogue");
        back.addClassName("back-link");
        H2 name = new H2(details.name());
        Div badges = new Div(badge(details.category().label(), null),
                badge(details.stock() ? "Stock exercise" : "Custom exercise", details.stock() ? null : "badge-custom"));
        if (details.archived()) {
            badges.add(badge("Archived", "badge-archived"));
        }
        badges.addClassName("badges");
        Div header = new Div(back, name, badges, actions(details));
        header.addClassName("exercise-header");
        add(header);

        Div body = new Div();
        body.addClassName("exercise-body");
        if (details.picture() != null) {
            Div figure = new Div(ExercisePictures.of(details.picture(), details.name()));
            figure.addClassName("exercise-figure");
            if (details.picture().isDrawing()) {
                Paragraph key = new Paragraph(ExercisePictures.KEY);
                key.addClassName("drawing-key");
                figure.add(key);
            }
            body.add(figure);
        }
        body.add(section("How to do it", numbered(details.steps())));
        if (!details.tips().isEmpty()) {
            body.add(section("Tips", bullets(details.tips())));
        }
        Div dose = new Div(new Paragraph(details.defaultDosage().summary()));
        if (details.defaultDosage().note() != null) {
            dose.add(new Paragraph(details.defaultDosage().note()));
        }
        dose.addClassName("exercise-dose-block");
        body.add(section("Default dosage", dose));
        body.add(section("Targets", facts(
                "Body regions", details.regions().stream().map(BodyRegion::label).collect(Collectors.joining(", ")),
                "Muscles", details.muscles().isEmpty() ? "Not listed" : String.join(", ", details.muscles()))));
        body.add(section("Set-up", facts(
                "Position", details.position().label(),
                "Equipment", details.equipment().sentence(),
                "Sides", details.oneSide() ? "One side at a time" : "Both sides together")));
        body.add(new ExerciseStepsSection(steps, catalogue, details));
        if (details.videoUrl() != null) {
            Anchor video = new Anchor(details.videoUrl(), "Watch the video (opens in a new tab)", AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer");
            body.add(section("Video", video));
        }
        add(body);
    }

    @Override
    public String getPageTitle() {
        return (exercise == null ? "Exercise" : exercise.name()) + " · Stride";
    }

    private Component actions(ExerciseDetails details) {
        Div actions = new Div();
        actions.addClassName("exercise-actions");
        if (!details.editable()) {
            return actions;
        }
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ExerciseEditorView.editPath(details.id()))));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(edit);
        if (details.archived()) {
            Button restore = new Button("Restore", VaadinIcon.ARROW_BACKWARD.create(),
                    click -> run(() -> catalogue.restore(details.id(), details.version()), "Exercise restored."));
            actions.add(restore);
        } else {
            Button archive = new Button("Archive", VaadinIcon.ARCHIVE.create(), click -> confirmArchive(details));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        return actions;
    }

    private void confirmArchive(ExerciseDetails details) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Archive \"" + details.name() + "\"?");
        dialog.setText("It will no longer appear when searching for exercises to add to a plan. "
                + "Plans that already use it keep it, and you can restore it at any time.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Archive");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> run(() -> catalogue.archive(details.id(), details.version()),
                "Exercise archived."));
        dialog.open();
    }

    private void run(java.util.function.Supplier<ExerciseDetails> action, String success) {
        try {
            show(action.get());
            Notices.success(success);
        } catch (ConcurrentEditException e) {
            Notices.error(e.getMessage());
            show(catalogue.get(exercise.id()));
        } catch (InvalidInputException e) {
            // archive and restore have no form: their refusals are said as a notice
            e.fieldErrors().values().forEach(Notices::error);
            show(catalogue.get(exercise.id()));
        }
    }

    private static Span badge(String text, String extraClass) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        if (extraClass != null) {
            badge.addClassName(extraClass);
        }
        return badge;
    }

    private static Section section(String heading, Component content) {
        Section section = new Section(new H3(heading), content);
        section.addClassName("exercise-section");
        return section;
    }

    private static OrderedList numbered(List<String> items) {
        OrderedList list = new OrderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private static UnorderedList bullets(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    private static Div facts(String... labelsAndValues) {
        Div facts = new Div();
        facts.addClassName("facts");
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            Span label = new Span(labelsAndValues[i]);
            label.addClassName("fact-label");
            Span value = new Span(labelsAndValues[i + 1]);
            value.addClassName("fact-value");
            facts.add(new Div(label, value));
        }
        return facts;
    }
}
