package com.stride.plan.ui;

import com.stride.base.ui.LengthCounter;
import com.stride.base.InvalidInputException;
import com.stride.i18n.Text;
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
    private final Button save = new Button(Text.get("plan.actions.saveDraft"), VaadinIcon.CHECK.create());
    private final Button assign = new Button(Text.get("plan.actions.assign"), VaadinIcon.PAPERPLANE.create());
    private final Button end = new Button(Text.get("plan.actions.end"), VaadinIcon.STOP.create());
    private final Button duplicate = new Button(Text.get("plan.actions.duplicate"), VaadinIcon.COPY.create());
    private final Button saveAsTemplate = new Button(Text.get("plan.actions.saveAsTemplate"),
            VaadinIcon.CLIPBOARD_TEXT.create());
    private final Button history = new Button(Text.get("plan.actions.history"), VaadinIcon.TIME_BACKWARD.create());
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
        }), Text.get("plan.actions.pdf"));
        pdf.addClassName("pdf-link");
        add(save, assign, end, duplicate, saveAsTemplate, pdf, history);
    }

    void update(PlanDetails plan) {
        boolean current = plan.latest();
        save.setText(Text.get(plan.status() == PlanStatus.ACTIVE ? "plan.actions.saveChanges" : "plan.actions.saveDraft"));
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
        pdf.getElement().setAttribute("title", dirty ? Text.get("plan.actions.pdfSaveFirst") : "");
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
                    Text.get("plan.actions.assigned", "runner", plan.runnerName()));
        } catch (OtherActivePlanException e) {
            ConfirmDialog dialog = new ConfirmDialog(Text.get("plan.actions.replace.title"),
                    Text.get("plan.actions.replace.text", "runner", plan.runnerName(), "plan", e.activePlanTitle()),
                    Text.get("plan.actions.replace.confirm"), confirm -> view.run(
                            () -> service().activate(plan.id(), plan.version(), true),
                            Text.get("plan.actions.assigned", "runner", plan.runnerName())));
            dialog.setCancelText(Text.get("plan.actions.cancel"));
            dialog.setCancelable(true);
            dialog.open();
        }
    }

    private void confirmEnd() {
        PlanDetails plan = view.plan();
        ConfirmDialog dialog = new ConfirmDialog(Text.get("plan.actions.endConfirm.title"),
                Text.get("plan.actions.endConfirm.text", "runner", plan.runnerName()),
                Text.get("plan.actions.end"), confirm -> view.run(() -> service().end(plan.id(), plan.version()),
                        Text.get("plan.actions.ended")));
        dialog.setCancelable(true);
        dialog.setCancelText(Text.get("plan.actions.cancel"));
        dialog.setConfirmButtonTheme("error primary"); // literal: theme names
        dialog.open();
    }

    private void duplicate() {
        PlanDetails copy = service().duplicate(view.plan().id());
        Notices.success(Text.get("plan.actions.duplicated"));
        view.navigateTo("plans/" + copy.id());
    }

    private void askTemplateName() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Text.get("plan.template.dialog.title"));
        TextField name = new TextField(Text.get("plan.template.dialog.name"));
        name.setValue(view.plan().title());
        name.setWidthFull();
        LengthCounter.attach(name, PlanLimits.TITLE_MAX_LENGTH, null);
        FieldErrors errors = new FieldErrors().bind("name", name);
        Button confirm = new Button(Text.get("plan.template.dialog.save"), e -> {
            try {
                service().saveAsTemplate(view.plan().id(), name.getValue());
                dialog.close();
                Notices.success(Text.get("plan.template.dialog.saved"));
            } catch (InvalidInputException invalid) {
                errors.show(invalid).values().forEach(Notices::error);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(Text.get("plan.actions.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        name.focus();
    }

    private void showHistory() {
        PlanDetails plan = view.plan();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Text.get("plan.history.title"));
        Grid<RevisionSummary> grid = new Grid<>();
        java.time.ZoneId zone = view.zone();
        grid.addColumn(LitRenderer.<RevisionSummary>of(
                        "<a href=\"plans/${item.plan}?version=${item.number}\">${item.label}</a>")
                .withProperty("plan", r -> plan.id())
                .withProperty("number", RevisionSummary::number)
                .withProperty("label", r -> Text.get("plan.history.version", "version", r.number())))
                .setHeader(Text.get("plan.history.versionHeader"));
        grid.addColumn(RevisionSummary::title).setHeader(Text.get("plan.history.titleHeader")).setFlexGrow(2);
        grid.addColumn(r -> Text.get("plan.exerciseCount", "count", r.itemCount()))
                .setHeader(Text.get("plan.history.exercisesHeader"));
        grid.addColumn(r -> Text.get("plan.history.saved", "date", Formats.date(r.createdAt(), zone),
                        "author", r.authorName()))
                .setHeader(Text.get("plan.history.savedHeader")).setFlexGrow(2);
        grid.setItems(service().revisions(plan.id()));
        grid.setAllRowsVisible(true);
        grid.setWidth("40rem");
        grid.setMaxWidth("90vw");
        grid.addItemClickListener(e -> {
            dialog.close();
            view.navigateTo("plans/" + plan.id() + "?version=" + e.getItem().number());
        });
        dialog.add(grid);
        dialog.getFooter().add(new Button(Text.get("plan.history.close"), e -> dialog.close()));
        dialog.open();
    }
}
