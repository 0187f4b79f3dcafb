package com.stride.catalogue.ui;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.ui.Notices;
import com.stride.i18n.Titles;
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

        Anchor back = new Anchor(CatalogueView.lastSearch(), Text.get("catalogue.exercise.back"));
        back.addClassName("back-link");
        H2 name = new H2(details.name());
        Div badges = new Div(badge(details.category().label(), null),
                badge(Text.get(details.stock() ? "catalogue.exercise.stock" : "catalogue.exercise.custom"),
                        details.stock() ? null : "badge-custom"));
        if (details.archived()) {
            badges.add(badge(Text.get("catalogue.badge.archived"), "badge-archived"));
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
                Paragraph key = new Paragraph(ExercisePictures.drawingKey());
                key.addClassName("drawing-key");
                figure.add(key);
            }
            body.add(figure);
        }
        body.add(section(Text.get("catalogue.exercise.howTo"), numbered(details.steps())));
        if (!details.tips().isEmpty()) {
            body.add(section(Text.get("catalogue.exercise.tips"), bullets(details.tips())));
        }
        Div dose = new Div(new Paragraph(details.defaultDosage().summary()));
        if (details.defaultDosage().note() != null) {
            dose.add(new Paragraph(details.defaultDosage().note()));
        }
        dose.addClassName("exercise-dose-block");
        body.add(section(Text.get("catalogue.exercise.defaultDosage"), dose));
        body.add(section(Text.get("catalogue.exercise.targets"), facts(
                Text.get("catalogue.exercise.regions"),
                details.regions().stream().map(BodyRegion::label).collect(Collectors.joining(", ")),
                Text.get("catalogue.exercise.muscles"), details.muscles().isEmpty()
                        ? Text.get("catalogue.exercise.musclesNotListed") : String.join(", ", details.muscles()))));
        body.add(section(Text.get("catalogue.exercise.setUp"), facts(
                Text.get("catalogue.exercise.position"), details.position().label(),
                Text.get("catalogue.exercise.equipment"), details.equipment().sentence(),
                Text.get("catalogue.exercise.sides"), Text.get(details.oneSide() ? "catalogue.exercise.oneSide"
                        : "catalogue.exercise.bothSides"))));
        body.add(new ExerciseStepsSection(steps, catalogue, details));
        if (details.videoUrl() != null) {
            Anchor video = new Anchor(details.videoUrl(), Text.get("catalogue.exercise.watchVideo"), AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer"); // literal: link attribute
            body.add(section(Text.get("catalogue.exercise.video"), video));
        }
        add(body);
    }

    @Override
    public String getPageTitle() {
        return exercise == null ? Titles.of("catalogue.exercise.title")
                : Titles.of("catalogue.exercise.named", "name", exercise.name());
    }

    private Component actions(ExerciseDetails details) {
        Div actions = new Div();
        actions.addClassName("exercise-actions");
        if (!details.editable()) {
            return actions;
        }
        Button edit = new Button(Text.get("catalogue.exercise.edit"), VaadinIcon.EDIT.create(), click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ExerciseEditorView.editPath(details.id()))));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(edit);
        if (details.archived()) {
            Button restore = new Button(Text.get("catalogue.exercise.restore"), VaadinIcon.ARROW_BACKWARD.create(),
                    click -> run(() -> catalogue.restore(details.id(), details.version()),
                            Text.get("catalogue.exercise.restored")));
            actions.add(restore);
        } else {
            Button archive = new Button(Text.get("catalogue.exercise.archive"), VaadinIcon.ARCHIVE.create(), click -> confirmArchive(details));
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        return actions;
    }

    private void confirmArchive(ExerciseDetails details) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Text.get("catalogue.exercise.archive.question", "name", details.name()));
        dialog.setText(Text.get("catalogue.exercise.archive.explanation"));
        dialog.setCancelable(true);
        dialog.setCancelText(Text.get("catalogue.exercise.archive.cancel"));
        dialog.setConfirmText(Text.get("catalogue.exercise.archive"));
        dialog.setConfirmButtonTheme("error primary"); // literal: theme names
        dialog.addConfirmListener(e -> run(() -> catalogue.archive(details.id(), details.version()),
                Text.get("catalogue.exercise.archived")));
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
