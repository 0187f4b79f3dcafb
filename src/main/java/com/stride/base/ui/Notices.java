package com.stride.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short messages after an action, the same everywhere: a success stays long enough to read, at the
 * bottom; a refusal stays twice as long, in the middle, where it cannot be missed.
 */
public final class Notices {

    static final int SUCCESS_MILLIS = 4000;
    static final int ERROR_MILLIS = 8000;

    private Notices() {
    }

    public static void success(String text) {
        Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A neutral confirmation that needs no attention ("Added Glute bridge."). */
    public static void info(String text) {
        Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
    }

    public static void error(String text) {
        Notification.show(text, ERROR_MILLIS, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
