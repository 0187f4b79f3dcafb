package com.stride.base.ui;

import com.stride.i18n.Text;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/** What a multi-select box tells screen readers, in the person's language instead of English. */
public final class MultiSelects {

    private MultiSelects() {
    }

    public static void localize(MultiSelectComboBox<?>... boxes) {
        // {count} is the component's own placeholder, filled in the browser
        MultiSelectComboBoxI18n i18n = new MultiSelectComboBoxI18n()
                .setCleared(Text.get("base.multiSelect.cleared"))
                .setFocused(Text.get("base.multiSelect.focused"))
                .setSelected(Text.get("base.multiSelect.selected"))
                .setDeselected(Text.get("base.multiSelect.deselected"))
                .setTotal(Text.get("base.multiSelect.total", "count", "{count}"));
        for (MultiSelectComboBox<?> box : boxes) {
            box.setI18n(i18n);
        }
    }
}
