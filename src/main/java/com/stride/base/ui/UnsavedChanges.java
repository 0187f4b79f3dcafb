package com.stride.base.ui;

import com.stride.i18n.Text;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/** The one "discard your changes?" question, for every editor that can hold unsaved work. */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /**
     * Holds the navigation and asks; leaving goes ahead only when the user discards the changes.
     *
     * @param whatIsLost a sentence in the current language, e.g. "This plan has changes that are not saved yet."
     * @param onDiscard  called before the navigation continues (e.g. to clear the dirty flag)
     */
    public static void confirmLeave(BeforeLeaveEvent event, String whatIsLost, Runnable onDiscard) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(Text.get("base.unsaved.title"),
                Text.get("base.unsaved.text", "whatIsLost", whatIsLost), Text.get("base.unsaved.discard"), confirm -> {
                    onDiscard.run();
                    action.proceed();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(Text.get("base.unsaved.keep"));
        dialog.setConfirmButtonTheme("error primary"); // literal: theme names
        dialog.open();
    }
}
