package com.stride.catalogue.ui;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.ui.Notices;
import com.stride.i18n.Titles;
import com.stride.base.ui.UnsavedChanges;
import com.stride.base.validation.Problems;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.Category;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExerciseDetails;
import com.stride.catalogue.ExerciseDraft;
import com.stride.catalogue.ExerciseEquipment;
import com.stride.catalogue.ImageChange;
import com.stride.catalogue.Position;
import com.stride.catalogue.Range;
import com.stride.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates or edits a clinic's custom exercise. Nothing is saved until "Save"; leaving with unsaved
 * changes asks first; a save that would overwrite someone else's newer changes is refused.
 */
@Route("catalogue/new")
@RouteAlias("catalogue/:id([0-9]{1,18})/edit")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class ExerciseEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String NEW_PATH = "catalogue/new";

    private final CatalogueService catalogue;
    private final ExerciseForm form = new ExerciseForm();
    private final H2 heading = new H2();
    private final Div conflict = new Div();
    private final Button save = new Button(Text.get("catalogue.editor.save"));
    private @Nullable Long exerciseId;
    private long loadedVersion;
    private boolean dirty;

    ExerciseEditorView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("exercise-editor-view");
        addClassName("page");

        conflict.addClassName("conflict-banner");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        Button cancel = new Button(Text.get("catalogue.editor.cancel"), e -> leave());
        Div buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");

        form.setChangeListener(() -> dirty = true);
        add(heading, conflict, form, buttons);
    }

    static String editPath(long id) {
        return "catalogue/" + id + "/edit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        exerciseId = event.getRouteParameters().getLong("id").orElse(null);
        if (exerciseId == null) {
            heading.setText(Text.get("catalogue.editor.new"));
            form.setDraft(blankDraft(), List.of());
        } else {
            try {
                ExerciseDetails details = catalogue.get(exerciseId);
                if (!details.editable()) {
                    event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                    return;
                }
                load(details);
            } catch (RecordNotFoundException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        dirty = false;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        UnsavedChanges.confirmLeave(event, Text.get("catalogue.editor.unsaved"), () -> dirty = false);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("catalogue.editor.title", "heading", heading.getText());
    }

    private void load(ExerciseDetails details) {
        heading.setText(Text.get("catalogue.editor.edit", "name", details.name()));
        loadedVersion = details.version();
        form.setDraft(details.toDraft(), details.picture() == null || details.picture().isDrawing()
                ? List.of() : details.picture().urls());
        conflict.setVisible(false);
    }

    private void save() {
        try {
            Problems unreadable = form.readProblems();
            if (!unreadable.isEmpty()) {
                form.showErrors(unreadable.asMap());
                Notices.error(Text.get("catalogue.editor.correct"));
                return;
            }
            ExerciseDraft draft = form.getDraft();
            ExerciseDetails saved = exerciseId == null ? catalogue.create(draft)
                    : catalogue.update(exerciseId, loadedVersion, draft);
            dirty = false;
            Notices.success(Text.get("catalogue.editor.saved", "name", saved.name()));
            getUI().ifPresent(ui -> ui.navigate("catalogue/" + saved.id()));
        } catch (InvalidInputException e) {
            Map<String, String> elsewhere = form.showErrors(e.fieldErrors());
            Notices.error(elsewhere.isEmpty() ? Text.get("catalogue.editor.notSaved")
                    : String.join(" ", elsewhere.values()));
        } catch (ConcurrentEditException e) {
            showConflict(e.getMessage());
        } catch (AccessDeniedException e) {
            Notices.error(Text.get("catalogue.editor.denied"));
        } finally {
            save.setEnabled(true);
        }
    }

    private void showConflict(String message) {
        conflict.removeAll();
        Button reload = new Button(Text.get("catalogue.editor.reload"), e -> {
            load(catalogue.get(exerciseId));
            dirty = false;
        });
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflict.add(new Paragraph(message), reload);
        conflict.setVisible(true);
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(exerciseId == null ? CatalogueView.PATH : "catalogue/" + exerciseId));
    }

    private static ExerciseDraft blankDraft() {
        return new ExerciseDraft("", Category.STRENGTHENING, Set.of(), List.of(), Position.STANDING,
                ExerciseEquipment.NONE, false, List.of(""), List.of(), Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build(), null,
                ImageChange.KEEP);
    }
}
