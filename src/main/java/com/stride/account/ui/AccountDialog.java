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
import com.stride.base.ui.MultiSelects;
import com.stride.i18n.Text;
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
    private final TextField name = new TextField(Text.get("account.dialog.name"));
    private final TextField username = new TextField(Text.get("account.dialog.username"));
    private final EmailField email = new EmailField(Text.get("account.dialog.email"));
    // Radio buttons, not a Select: Vaadin's Select puts aria-required on a role=button element (axe, critical).
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final MultiSelectComboBox<TherapistOption> therapists = new MultiSelectComboBox<>(
            Text.get("account.dialog.therapists"));
    private final Paragraph formError = new Paragraph();
    private final FieldErrors errors = new FieldErrors().bind("displayName", name).bind("username", username)
            .bind("email", email).bind("role", role).bind("therapists", therapists);
    private @Nullable AccountDetails account;

    private AccountDialog(AccountAdminService accounts, AccountDetails account, ZoneId zone, Runnable onChange) {
        this.accounts = accounts;
        MultiSelects.localize(therapists);
        this.zone = zone;
        this.account = account;
        this.onChange = onChange;
        addClassName("account-dialog");
        setHeaderTitle(account == null ? Text.get("account.dialog.newTitle") : account.displayName());
        setCloseOnOutsideClick(false);

        LengthCounter.attach(name, AccountLimits.DISPLAY_NAME_MAX_LENGTH, null);
        name.setRequiredIndicatorVisible(true);
        username.setMaxLength(AccountLimits.USERNAME_MAX_LENGTH);
        username.setHelperText(Text.get("account.dialog.username.helper"));
        username.setRequiredIndicatorVisible(true);
        email.setMaxLength(AccountLimits.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(Text.get("account.dialog.email.helper"));
        role.setLabel(Text.get("account.dialog.role"));
        role.setItems(Role.RUNNER, Role.THERAPIST, Role.ADMIN);
        role.setItemLabelGenerator(Role::label);
        role.setRequiredIndicatorVisible(true);
        List<TherapistOption> options = accounts.therapists();
        therapists.setItems(options);
        therapists.setItemLabelGenerator(TherapistOption::name);
        therapists.setHelperText(Text.get(options.isEmpty() ? "account.dialog.therapists.none"
                : "account.dialog.therapists.helper"));
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
            Button create = new Button(Text.get("account.dialog.create"), click -> create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(Text.get("account.dialog.cancel"), click -> close()), create);
        } else {
            fill(account);
            username.setReadOnly(true);
            role.setReadOnly(true);
            form.add(name, email, username, role, therapists);
            form.setColspan(therapists, 2);
            Button save = new Button(Text.get("account.dialog.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button link = new Button(Text.get(account.passwordSet() ? "account.dialog.sendReset"
                    : "account.dialog.sendWelcome"), click -> sendLink());
            link.setEnabled(account.active());
            Button activation = account.active()
                    ? new Button(Text.get("account.dialog.deactivate"), click -> confirmDeactivate())
                    : new Button(Text.get("account.dialog.reactivate"), click -> reactivate());
            if (account.active()) {
                activation.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            activation.addClassName("activation");
            getFooter().add(activation);
            if (account.twoStep()) {
                Button reset = new Button(Text.get("account.dialog.resetTwoStep"), click -> confirmResetTwoStep());
                reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                getFooter().add(reset);
            }
            getFooter().add(link, new Button(Text.get("account.dialog.cancel"), click -> close()), save);
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
            Notices.success(Text.get("account.dialog.saved", "name", account.displayName()));
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
        ConfirmDialog confirm = new ConfirmDialog(
                Text.get("account.dialog.deactivate.title", "name", account.displayName()),
                Text.get("account.dialog.deactivate.text"),
                Text.get("account.dialog.deactivate"), event -> changeActivation(false),
                Text.get("account.dialog.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary"); // literal: theme names
        confirm.open();
    }

    private void confirmResetTwoStep() {
        ConfirmDialog confirm = new ConfirmDialog(
                Text.get("account.dialog.resetTwoStep.title", "name", account.displayName()),
                Text.get("account.dialog.resetTwoStep.text"),
                Text.get("account.dialog.resetTwoStep.confirm"), event -> resetTwoStep(),
                Text.get("account.dialog.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary"); // literal: theme names
        confirm.open();
    }

    private void resetTwoStep() {
        clearErrors();
        try {
            account = accounts.resetTwoStep(account.id(), account.version());
            close();
            onChange.run();
            Notices.success(Text.get("account.dialog.twoStepReset", "name", account.displayName()));
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
            Notices.success(Text.get(active ? "account.dialog.reactivated" : "account.dialog.deactivated",
                    "name", account.displayName()));
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
