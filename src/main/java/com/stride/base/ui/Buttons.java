package com.stride.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Buttons the same everywhere. */
public final class Buttons {

    private Buttons() {
    }

    /** A small icon-only button, named for screen readers and in its tooltip. */
    public static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
