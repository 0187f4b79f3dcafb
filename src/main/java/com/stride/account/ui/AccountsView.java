package com.stride.account.ui;

import com.stride.account.AccountAdminService;
import com.stride.account.AccountRow;
import com.stride.account.AccountSearch;
import com.stride.base.text.Formats;
import com.stride.base.ui.SearchField;
import com.stride.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clinic admin's home: every account of the clinic, searchable and loaded a page at a time.
 * A row opens the account; "New account" creates one and hands out its one-time link.
 */
@Route("accounts")
@PageTitle("Accounts · Stride")
@Menu(order = 5, icon = "vaadin:user-card", title = "Accounts")
@RolesAllowed(Role.Names.ADMIN)
class AccountsView extends Main {


    private final AccountAdminService accounts;
    private final SearchField search = new SearchField("Search name, username or email", "Search accounts");
    private final Select<Role> role = new Select<>();
    private final Select<Boolean> status = new Select<>();
    private final Grid<AccountRow> grid = new Grid<>();
    private final Span count = new Span();
    private final ZoneId zone;

    AccountsView(AccountAdminService accounts, Clock clock) {
        this.accounts = accounts;
        addClassNames("accounts-view", "page");

        search.addClassName("account-search");
        search.addValueChangeListener(e -> refresh());

        role.setLabel("Role");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("All roles");
        role.setItemLabelGenerator(r -> r == null ? "All roles" : r.label());
        role.addValueChangeListener(e -> refresh());

        status.setLabel("Status");
        status.setItems(Boolean.TRUE, Boolean.FALSE);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s ? "Active" : "Deactivated");
        status.addValueChangeListener(e -> refresh());

        this.zone = clock.getZone();
        grid.addColumn(LitRenderer.<AccountRow>of("""
                        <div class="account-cell">
                          <span class="account-name">${item.name}</span>
                          <span class="account-meta">${item.username} · ${item.email}</span>
                        </div>""")
                        .withProperty("name", AccountRow::displayName)
                        .withProperty("username", AccountRow::username)
                        .withProperty("email", AccountRow::email))
                .setHeader("Name").setKey("name").setFlexGrow(3).setWidth("14rem");
        grid.addColumn(row -> row.role().label()).setHeader("Role").setKey("role").setFlexGrow(0).setWidth("10rem");
        grid.addColumn(LitRenderer.<AccountRow>of("<span class=\"${item.css}\">${item.text}</span>")
                        .withProperty("css", row -> "status-badge status-" + statusKey(row))
                        .withProperty("text", AccountsView::statusText))
                .setHeader("Status").setKey("status").setFlexGrow(0).setWidth("8.5rem")
                .setTooltipGenerator(row -> row.active() && !row.passwordSet() ? "Has not set a password yet" : null);
        grid.addColumn(row -> row.role() != Role.RUNNER ? "" : row.therapists().isEmpty() ? "None yet"
                        : String.join(", ", row.therapists()))
                .setHeader("Linked PT").setKey("therapists").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(row -> row.lastLoginAt() == null ? "Never" : Formats.dateTime(row.lastLoginAt(), zone))
                .setHeader("Last sign-in").setKey("lastLogin").setFlexGrow(0).setWidth("11rem");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Accounts");
        grid.setEmptyStateText("No accounts match.");
        grid.addClassName("account-grid");
        grid.setItems(query -> accounts.accounts(criteria(), query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countAccounts(criteria()));
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(
                Formats.count(e.getItemCount(), "account", "accounts")));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        count.addClassName("exercise-count");
        count.getElement().setAttribute("role", "status");

        Button create = new Button("New account", VaadinIcon.PLUS.create(), click -> openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-account");
        Div header = new Div(new H2("Accounts"), create);
        header.addClassName("page-header");
        Div filters = new Div(search, role, status);
        filters.addClassName("account-filters");
        add(header, new TwoStepRequirement(accounts), filters, count, grid);
    }

    private AccountSearch criteria() {
        return new AccountSearch(search.getValue(), role.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openNew() {
        AccountDialog.forNew(accounts, zone, this::refresh).open();
    }

    private void open(long userId) {
        AccountDialog.forExisting(accounts, accounts.account(userId), zone, this::refresh).open();
    }

    private static String statusKey(AccountRow row) {
        return !row.active() ? "inactive" : row.passwordSet() ? "active" : "invited";
    }

    private static String statusText(AccountRow row) {
        return !row.active() ? "Deactivated" : row.passwordSet() ? "Active" : "Invited";
    }
}
