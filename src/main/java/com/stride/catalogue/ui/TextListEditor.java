package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.base.ui.LengthCounter;
import com.stride.base.ui.Buttons;
import com.stride.base.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of short texts (steps, tips): one text area each, with add, remove and
 * move-up/move-down buttons that also work from the keyboard.
 */
class TextListEditor extends Div implements FieldErrors.Group {

    private final String key;
    private final int maxItems;
    private final int maxLength;
    private final Div items = new Div();
    private final Span listError = new Span();
    private final Button add;
    private final List<TextArea> fields = new ArrayList<>();
    private Runnable changeListener = () -> { };

    /**
     * @param key the heading's message key ("catalogue.form.steps"); ".add", ".item", ".up", ".down"
     *            and ".remove" under it word the buttons and the numbered items
     */
    TextListEditor(String key, int maxItems, int maxLength) {
        this.key = key;
        this.maxItems = maxItems;
        this.maxLength = maxLength;
        addClassName("text-list-editor");
        Span title = new Span(Text.get(key));
        title.addClassName("text-list-heading");
        listError.addClassName("text-list-error");
        listError.getElement().setAttribute("role", "alert");
        listError.setVisible(false);
        add = new Button(Text.get(key + ".add"), VaadinIcon.PLUS.create(), click -> {
            addItem("");
            fields.getLast().focus();
            changed();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        items.addClassName("text-list-items");
        add(title, listError, items, add);
    }

    void setValue(List<String> values) {
        fields.clear();
        values.forEach(this::addItem);
        render();
    }

    List<String> getValue() {
        return fields.stream().map(TextArea::getValue).toList();
    }

    void setChangeListener(Runnable listener) {
        changeListener = listener;
    }

    /** Shows messages for the list itself (key {@code ""}) and for single items (key {@code "[i]"}). */
    @Override
    public Map<String, String> showErrors(Map<String, String> errors) {
        String listMessage = errors.get("");
        listError.setText(listMessage == null ? "" : listMessage);
        listError.setVisible(listMessage != null);
        for (int i = 0; i < fields.size(); i++) {
            String message = errors.get("[" + i + "]");
            fields.get(i).setErrorMessage(message);
            fields.get(i).setInvalid(message != null);
        }
        return Map.of();
    }

    List<TextArea> fields() {
        return List.copyOf(fields);
    }

    private void addItem(String value) {
        TextArea field = new TextArea();
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed());
        LengthCounter.attach(field, maxLength, null);
        field.setWidthFull();
        fields.add(field);
        render();
    }

    private void render() {
        items.removeAll();
        for (int i = 0; i < fields.size(); i++) {
            int index = i;
            TextArea field = fields.get(i);
            int number = i + 1;
            field.setLabel(Text.get(key + ".item", "number", number));
            Button up = Buttons.icon(VaadinIcon.ARROW_UP, Text.get(key + ".up", "number", number),
                    () -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = Buttons.icon(VaadinIcon.ARROW_DOWN, Text.get(key + ".down", "number", number),
                    () -> move(index, 1));
            down.setEnabled(i < fields.size() - 1);
            Button remove = Buttons.icon(VaadinIcon.TRASH, Text.get(key + ".remove", "number", number), () -> {
                fields.remove(index);
                render();
                changed();
            });
            Div actions = new Div(up, down, remove);
            actions.addClassName("text-list-actions");
            Div row = new Div(field, actions);
            row.addClassName("text-list-row");
            items.add(row);
        }
        add.setEnabled(fields.size() < maxItems);
    }

    private void move(int index, int offset) {
        TextArea moved = fields.remove(index);
        fields.add(index + offset, moved);
        render();
        moved.focus();
        changed();
    }

    private void changed() {
        changeListener.run();
    }
}
