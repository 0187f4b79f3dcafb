package com.stride.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box of a list: a magnifier, a clear button, and a search a moment after typing stops. */
public class SearchField extends TextField {

    static final int WAIT_MILLIS = 250;

    /**
     * @param placeholder what can be searched, shown in the empty box
     * @param ariaLabel   what the box is for, for screen readers
     */
    public SearchField(String placeholder, String ariaLabel) {
        setPlaceholder(placeholder);
        setAriaLabel(ariaLabel);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.TIMEOUT);
        setValueChangeTimeout(WAIT_MILLIS);
    }
}
