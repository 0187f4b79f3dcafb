package com.stride.account.ui;

import com.stride.base.ui.LengthCounter;
import com.stride.account.AccountAdminService;
import com.stride.account.AccountChanges;
import com.stride.account.AccountDetails;
import com.stride.account.AccountLimits;
import com.stride.account.CreatedAccount;
import com.stride.account.IssuedLink;
import com.stride.account.NewAccount;
import com.stride.account.TherapistOption;
import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.ui.FieldErrors;
import com.stride.base.ui.Notices;
import com.stride.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creates an account, or edits one: name, email, a runner's PTs; and from here an admin sends a
 * password link and deactivates or reactivates. Every refusal shows next to its field.
 */
class AccountDialog extends Dialog {

    private final AccountAdminService accounts;
    private final Runnable onChange;
    private final ZoneId zone;
    private final TextField name = new TextField("Name");
    private final TextField username = new TextField("Username");
    private final EmailField email = new EmailField("Email");
    // Radio buttons, not a Select: Vaadin's Select puts aria-required on a role=button element (axe, critical).
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final MultiSelectComboBox<TherapistOption> therapists = new MultiSelectComboBox<>("Physical therapists");
    private final Paragraph formError = new Paragraph();
    private final FieldErrors errors = new FieldErrors().bind("displayName", name).bind("username", username)
            .bind("email", email).bind("role", role).bind("therapists", therapists);
    private @Nullable AccountDetails account;

    private AccountDialog(AccountAdminService accounts, AccountDetails account, ZoneId zone, Runnable onChange) {
        this.accounts = accounts;
        this.zone = zone;
        this.account = account;
        this.onChange = onChange;
        addClassName("account-dialog");
        setHeaderTitle(account == null ? "New account" : account.displayName());
        setCloseOnOutsideClick(false);

        LengthCounter.attach(name, AccountLimits.DISPLAY_NAME_MAX_LENGTH, null);
        name.setRequiredIndicatorVisible(true);
        username.setMaxLength(AccountLimits.USERNAME_MAX_LENGTH);
        username.setHelperText("Lower-case letters, digits, dots, dashes or underscores. Cannot be changed later.");
        username.setRequiredIndicatorVisible(true);
        email.setMaxLength(AccountLimits.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText("Where the one-time link goes when email is set up.");
        role.setLabel("Role");
        role.setItems(Role.RUNNER, Role.THERAPIST, Role.ADMIN);
        role.setItemLabelGenerator(Role::label);
        role.setRequiredIndicatorVisible(true);
        List<TherapistOption> options = accounts.therapists();
        therapists.setItems(options);
        therapists.setItemLabelGenerator(TherapistOption::name);
        therapists.setHelperText(options.isEmpty() ? "Your clinic has no active PTs yet." : "One or more.");
        // Most runners have one PT: close the list after a choice, so it does not cover the buttons.
        therapists.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                therapists.getElement().setProperty("opened", false);
            }
        });
        formError.addClassName("form-error");
        formError.setVisible(false);
        formError.getElement().setAttribute("role", "alert");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        if (account == null) {
            role.setValue(Role.RUNNER);
            role.addValueChangeListener(e -> therapists.setVisible(e.getValue() == Role.RUNNER));
            form.add(name, username, email, role, therapists);
            form.setColspan(therapists, 2);
            Button create = new Button("Create account", click -> create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button("Cancel", click -> close()), create);
        } else {
            fill(account);
            username.setReadOnly(true);
            role.setReadOnly(true);
            form.add(name, email, username, role, therapists);
            form.setColspan(therapists, 2);
            Button save = new Button("Save", click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button link = new Button(account.passwordSet() ? "Send password reset link" : "Send a new welcome link",
                    click -> sendLink());
            link.setEnabled(account.active());
            Button activation = account.active()
                    ? new Button("Deactivate", click -> confirmDeactivate())
                    : new Button("Reactivate", click -> reactivate());
            if (account.active()) {
                activation.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            activation.addClassName("activation");
            getFooter().add(activation);
            if (account.twoStep()) {
                Button reset = new Button("Reset two-step sign-in", click -> confirmResetTwoStep());
                reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                getFooter().add(reset);
            }
            getFooter().add(link, new Button("Cancel", click -> close()), save);
        }
        add(formError, form);
        name.focus();
    }

    static AccountDialog forNew(AccountAdminService accounts, ZoneId zone, Runnable onChange) {
        return new AccountDialog(accounts, null, zone, onChange);
    }

    static AccountDialog forExisting(AccountAdminService accounts, AccountDetails account, ZoneId zone,
                                     Runnable onChange) {
        return new AccountDialog(accounts, account, zone, onChange);
    }

    private void fill(AccountDetails details) {
        name.setValue(details.displayName());
        username.setValue(details.username());
        email.setValue(details.email());
        role.setValue(details.role());
        therapists.setVisible(details.role() == Role.RUNNER);
        therapists.setValue(therapists.getListDataView().getItems()
                .filter(option -> details.therapistIds().contains(option.id())).collect(Collectors.toSet()));
    }

    private void create() {
        clearErrors();
        try {
            CreatedAccount created = accounts.create(new NewAccount(username.getValue(), name.getValue(),
                    email.getValue(), role.getValue()), selectedTherapists());
            close();
            onChange.run();
            LinkNotice.show(created.account().displayName(), created.link(), zone);
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    private void save() {
        clearErrors();
        try {
            account = accounts.update(account.id(), account.version(),
                    new AccountChanges(name.getValue(), email.getValue(), selectedTherapists()));
            close();
            onChange.run();
            Notices.success("Saved " + account.displayName() + ".");
        } catch (InvalidInputException e) {
            showErrors(e);
        } catch (ConcurrentEditException e) {
            showFormError(e.getMessage());
        }
    }

    private void sendLink() {
        try {
            IssuedLink link = accounts.sendPasswordLink(account.id());
            close();
            onChange.run();
            LinkNotice.show(account.displayName(), link, zone);
        } catch (InvalidInputException e) {
            showErrors(e);
        }
    }

    private void confirmDeactivate() {
        ConfirmDialog confirm = new ConfirmDialog("Deactivate " + account.displayName() + "?",
                "They can no longer sign in, and if they are signed in now, their session ends. Nothing of "
                        + "theirs is deleted, and you can reactivate the account later.",
                "Deactivate", event -> changeActivation(false), "Cancel", event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void confirmResetTwoStep() {
        ConfirmDialog confirm = new ConfirmDialog("Reset two-step sign-in of " + account.displayName() + "?",
                "For a lost or replaced phone. Their sessions end; they sign in with their password and set up "
                        + "two-step sign-in again. Make sure it is really them asking.",
                "Reset", event -> resetTwoStep(), "Cancel", event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void resetTwoStep() {
        clearErrors();
        try {
            account = accounts.resetTwoStep(account.id(), account.version());
            close();
            onChange.run();
            Notices.success("Two-step sign-in of " + account.displayName() + " is reset.");
        } catch (InvalidInputException e) {
            showErrors(e);
        } catch (ConcurrentEditException e) {
            showFormError(e.getMessage());
        }
    }

    private void reactivate() {
        changeActivation(true);
    }

    private void changeActivation(boolean active) {
        clearErrors();
        try {
            account = active ? accounts.reactivate(account.id(), account.version())
                    : accounts.deactivate(account.id(), account.version());
            close();
            onChange.run();
            Notices.success((active ? "Reactivated " : "Deactivated ") + account.displayName() + ".");
        } catch (InvalidInputException e) {
            showErrors(e);
        } catch (ConcurrentEditException e) {
            showFormError(e.getMessage());
        }
    }

    private Set<Long> selectedTherapists() {
        if (role.getValue() != Role.RUNNER) {
            return Set.of();
        }
        return therapists.getValue().stream().map(TherapistOption::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void showErrors(InvalidInputException refusal) {
        Map<String, String> elsewhere = errors.show(refusal);
        if (!elsewhere.isEmpty()) {
            showFormError(String.join(" ", elsewhere.values()));
        }
    }

    private void showFormError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    private void clearErrors() {
        errors.clear();
        formError.setVisible(false);
    }
}
