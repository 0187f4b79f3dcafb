package com.stride.plan.ui;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.Text;
import com.stride.base.ui.Notices;
import com.stride.base.validation.Problems;
import com.stride.catalogue.ui.DosageEditor;
import com.stride.plan.PlanDetails;
import com.stride.plan.Suggestion;
import com.stride.plan.SuggestionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The progression rule's suggestions on a runner's page, each with its reason and the dose before
 * and after: accept with one click, edit the dose first, or dismiss. Nothing changes for the runner
 * until the PT accepts.
 */
class SuggestionsPanel extends Section {

    private final SuggestionService suggestions;
    private final long runnerId;
    private final Runnable onPlanChanged;
    private final Div list = new Div();

    SuggestionsPanel(SuggestionService suggestions, long runnerId, Runnable onPlanChanged) {
        this.suggestions = suggestions;
        this.runnerId = runnerId;
        this.onPlanChanged = onPlanChanged;
        addClassName("suggestions");
        list.addClassName("suggestion-list");
        add(new H3(Text.get("plan.suggestions.title")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Suggestion> found = suggestions.suggestions(runnerId);
        setVisible(!found.isEmpty());
        found.forEach(suggestion -> list.add(card(suggestion)));
    }

    private Div card(Suggestion suggestion) {
        H4 title = new H4(suggestion.title());
        Paragraph change = new Paragraph();
        Span from = new Span(suggestion.from().summary());
        from.addClassName("dose-from");
        Span to = new Span(suggestion.changesExercise()
                ? Text.get("plan.suggestions.newDose", "exercise", suggestion.newExerciseName(),
                        "dose", suggestion.to().summary())
                : suggestion.to().summary());
        to.addClassName("dose-to");
        change.add(from, new Span(" → "), to);
        change.addClassName("suggestion-change");
        Paragraph reason = new Paragraph(suggestion.reason());
        reason.addClassName("suggestion-reason");
        Button accept = new Button(Text.get("plan.suggestions.accept"), e -> run(() -> suggestions.accept(suggestion),
                Text.get("plan.suggestions.accepted")));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        accept.setDisableOnClick(true);
        accept.addClassName("accept-suggestion");
        Button edit = new Button(Text.get("plan.suggestions.edit"), e -> edit(suggestion));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClassName("edit-suggestion");
        Button dismiss = new Button(Text.get("plan.suggestions.dismiss"), e -> run(() -> {
            suggestions.dismiss(suggestion);
            return null;
        }, Text.get("plan.suggestions.dismissed")));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        dismiss.addClassName("dismiss-suggestion");
        // the visible words first, then what they act on (WCAG 2.5.3)
        accept.getElement().setAttribute("aria-label", Text.get("plan.suggestions.acceptLabel", "title", suggestion.title()));
        edit.getElement().setAttribute("aria-label", Text.get("plan.suggestions.editLabel", "title", suggestion.title()));
        dismiss.getElement().setAttribute("aria-label", Text.get("plan.suggestions.dismissLabel",
                "title", suggestion.title()));
        Div buttons = new Div(accept, edit, dismiss);
        buttons.addClassName("suggestion-buttons");
        Div card = new Div(title, change, reason, buttons);
        card.addClassNames("suggestion", "suggestion-" + suggestion.direction().name().toLowerCase(Locale.ROOT));
        return card;
    }

    private void edit(Suggestion suggestion) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(suggestion.title());
        DosageEditor editor = new DosageEditor();
        editor.setValue(suggestion.to());
        Paragraph intro = new Paragraph(Text.get("plan.suggestions.editIntro", "exercise",
                suggestion.newExerciseName()));
        Button save = new Button(Text.get("plan.suggestions.acceptEdited"), e -> {
            Problems unreadable = editor.readProblems();
            if (!unreadable.isEmpty()) {
                editor.showErrors(unreadable.asMap());
                return;
            }
            try {
                suggestions.acceptEdited(suggestion, editor.getValue());
                dialog.close();
                Notices.success(Text.get("plan.suggestions.acceptedEdited"));
                changed();
            } catch (InvalidInputException ex) {
                Map<String, String> mine = new LinkedHashMap<>();
                ex.fieldErrors().forEach((key, message) -> mine.put(key.replaceFirst("^.*\\]\\.", ""), message));
                Map<String, String> elsewhere = editor.showErrors(mine);
                if (!elsewhere.isEmpty()) {
                    Notices.error(String.join(" ", elsewhere.values()));
                }
            } catch (ConcurrentEditException | RecordNotFoundException ex) {
                dialog.close();
                Notices.error(Text.get(SuggestionService.CHANGED));
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("accept-edited");
        Button cancel = new Button(Text.get("plan.actions.cancel"), e -> dialog.close());
        dialog.add(intro, editor);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void run(Supplier<PlanDetails> action, String success) {
        try {
            action.get();
            Notices.success(success);
            changed();
        } catch (ConcurrentEditException | RecordNotFoundException e) {
            Notices.error(Text.get(SuggestionService.CHANGED));
            refresh();
        } catch (InvalidInputException e) {
            Notices.error(String.join(" ", e.fieldErrors().values()));
            refresh();
        }
    }

    private void changed() {
        refresh();
        onPlanChanged.run();
    }
}
