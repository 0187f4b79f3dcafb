package com.stride.plan.ui;

import com.stride.base.ui.LengthCounter;
import com.stride.base.InvalidInputException;
import com.stride.base.text.Formats;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.plan.OtherActivePlanException;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanLimits;
import com.stride.plan.PlanService;
import com.stride.plan.PlanStatus;
import com.stride.plan.RevisionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** The plan builder's actions: save, assign, end, duplicate, save as template, PDF and history. */
class PlanActions extends Div {

    private final PlanBuilderView view;
    private final Button save = new Button("Save draft", VaadinIcon.CHECK.create());
    private final Button assign = new Button("Assign to runner", VaadinIcon.PAPERPLANE.create());
    private final Button end = new Button("End plan", VaadinIcon.STOP.create());
    private final Button duplicate = new Button("Duplicate", VaadinIcon.COPY.create());
    private final Button saveAsTemplate = new Button("Save as template", VaadinIcon.CLIPBOARD_TEXT.create());
    private final Button history = new Button("History", VaadinIcon.TIME_BACKWARD.create());
    private final Anchor pdf;

    PlanActions(PlanBuilderView view) {
        this.view = view;
        addClassName("plan-actions");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> view.save());
        assign.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        assign.addClickListener(e -> assign());
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> savedFirst(this::confirmEnd));
        duplicate.addClickListener(e -> savedFirst(this::duplicate));
        saveAsTemplate.addClickListener(e -> savedFirst(this::askTemplateName));
        history.addClickListener(e -> savedFirst(this::showHistory));
        pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            PlanService.Handout handout = service().handout(view.plan().id());
            return new DownloadResponse(new ByteArrayInputStream(handout.pdf()), handout.fileName(),
                    "application/pdf", handout.pdf().length);
        }), "Download PDF");
        pdf.addClassName("pdf-link");
        add(save, assign, end, duplicate, saveAsTemplate, pdf, history);
    }

    void update(PlanDetails plan) {
        boolean current = plan.latest();
        save.setText(plan.status() == PlanStatus.ACTIVE ? "Save changes" : "Save draft");
        save.setVisible(current && plan.status() != PlanStatus.ENDED);
        assign.setVisible(current && plan.status() == PlanStatus.DRAFT);
        end.setVisible(current && plan.status() == PlanStatus.ACTIVE);
        saveAsTemplate.setVisible(current);
        history.setVisible(plan.revision() > 1 || !current);
        pdf.setVisible(current);
        dirtyChanged(false);
    }

    void dirtyChanged(boolean dirty) {
        save.setEnabled(dirty);
        // The PDF shows what is stored: offer it once the changes on screen are saved.
        pdf.setEnabled(!dirty);
        pdf.getElement().setAttribute("title", dirty ? "Save your changes to download them as a PDF" : "");
    }

    /** Actions that work on the stored plan first save the changes on screen, so nothing is lost. */
    private void savedFirst(Runnable action) {
        if (!view.isDirty() || view.save()) {
            action.run();
        }
    }

    private PlanService service() {
        return view.service();
    }

    /** Saves unsaved edits first; asks before ending the runner's other active plan. */
    private void assign() {
        if (view.isDirty() && !view.save()) {
            return;
        }
        PlanDetails plan = view.plan();
        try {
            view.run(() -> service().activate(plan.id(), plan.version(), false),
                    "Assigned: " + plan.runnerName() + " now sees this plan.");
        } catch (OtherActivePlanException e) {
            ConfirmDialog dialog = new ConfirmDialog("Replace the current plan?",
                    plan.runnerName() + " already follows \"" + e.activePlanTitle() + "\". Assigning this plan ends "
                            + "that one; everything logged against it is kept.",
                    "Assign and end the other", confirm -> view.run(
                            () -> service().activate(plan.id(), plan.version(), true),
                            "Assigned: " + plan.runnerName() + " now sees this plan."));
            dialog.setCancelable(true);
            dialog.open();
        }
    }

    private void confirmEnd() {
        PlanDetails plan = view.plan();
        ConfirmDialog dialog = new ConfirmDialog("End this plan?",
                plan.runnerName() + " will no longer see it. Everything logged against it is kept.",
                "End plan", confirm -> view.run(() -> service().end(plan.id(), plan.version()), "Plan ended."));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void duplicate() {
        PlanDetails copy = service().duplicate(view.plan().id());
        Notices.success("Copied into a new draft.");
        view.navigateTo("plans/" + copy.id());
    }

    private void askTemplateName() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Save as a template of your clinic");
        TextField name = new TextField("Template name");
        name.setValue(view.plan().title());
        name.setWidthFull();
        LengthCounter.attach(name, PlanLimits.TITLE_MAX_LENGTH, null);
        FieldErrors errors = new FieldErrors().bind("name", name);
        Button confirm = new Button("Save template", e -> {
            try {
                service().saveAsTemplate(view.plan().id(), name.getValue());
                dialog.close();
                Notices.success("Template saved. It is offered when starting a new plan.");
            } catch (InvalidInputException invalid) {
                errors.show(invalid).values().forEach(Notices::error);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        name.focus();
    }

    private void showHistory() {
        PlanDetails plan = view.plan();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Versions of this plan");
        Grid<RevisionSummary> grid = new Grid<>();
        grid.addColumn(LitRenderer.<RevisionSummary>of(
                        "<a href=\"plans/${item.plan}?version=${item.number}\">Version ${item.number}</a>")
                .withProperty("plan", r -> plan.id())
                .withProperty("number", RevisionSummary::number)).setHeader("Version");
        grid.addColumn(RevisionSummary::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(r -> Formats.count(r.itemCount(), "exercise", "exercises")).setHeader("Exercises");
        grid.addColumn(r -> Formats.date(r.createdAt(), view.zone()) + " by " + r.authorName())
                .setHeader("Saved").setFlexGrow(2);
        grid.setItems(service().revisions(plan.id()));
        grid.setAllRowsVisible(true);
        grid.setWidth("40rem");
        grid.setMaxWidth("90vw");
        grid.addItemClickListener(e -> {
            dialog.close();
            view.navigateTo("plans/" + plan.id() + "?version=" + e.getItem().number());
        });
        dialog.add(grid);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }
}
