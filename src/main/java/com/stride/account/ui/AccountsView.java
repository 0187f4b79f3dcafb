package com.stride.account.ui;

import com.stride.account.AccountAdminService;
import com.stride.account.AccountRow;
import com.stride.account.AccountSearch;
import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.base.ui.SearchField;
import com.stride.i18n.Titles;
import com.stride.clinic.ClinicTimeService;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * The clinic admin's home: every account of the clinic, searchable and loaded a page at a time.
 * A row opens the account; "New account" creates one and hands out its one-time link.
 */
@Route("accounts")
@Menu(order = 5, icon = "vaadin:user-card", title = "account.menu.accounts")
@RolesAllowed(Role.Names.ADMIN)
class AccountsView extends Main implements HasDynamicTitle {

    private final AccountAdminService accounts;
    private final SearchField search = new SearchField(Text.get("account.list.search.placeholder"),
            Text.get("account.list.search.label"));
    private final Select<Role> role = new Select<>();
    private final Select<Boolean> status = new Select<>();
    private final Grid<AccountRow> grid = new Grid<>();
    private final Span count = new Span();
    private final ZoneId zone;

    AccountsView(AccountAdminService accounts, ClinicTimeService calendar) {
        this.accounts = accounts;
        addClassNames("accounts-view", "page");

        search.addClassName("account-search");
        search.addValueChangeListener(e -> refresh());

        role.setLabel(Text.get("account.list.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(Text.get("account.list.allRoles"));
        role.setItemLabelGenerator(r -> r == null ? Text.get("account.list.allRoles") : r.label());
        role.addValueChangeListener(e -> refresh());

        status.setLabel(Text.get("account.list.status"));
        status.setItems(Boolean.TRUE, Boolean.FALSE);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(Text.get("account.list.anyStatus"));
        status.setItemLabelGenerator(s -> s == null ? Text.get("account.list.anyStatus")
                : Text.get(s ? "account.status.active" : "account.status.deactivated"));
        status.addValueChangeListener(e -> refresh());

        // the admin's own clinic's zone, not the installation's
        this.zone = calendar.zone();
        grid.addColumn(LitRenderer.<AccountRow>of("""
                        <div class="account-cell">
                          <span class="account-name">${item.name}</span>
                          <span class="account-meta">${item.username} · ${item.email}</span>
                        </div>""")
                        .withProperty("name", AccountRow::displayName)
                        .withProperty("username", AccountRow::username)
                        .withProperty("email", AccountRow::email))
                .setHeader(Text.get("account.list.name")).setKey("name").setFlexGrow(3).setWidth("14rem");
        grid.addColumn(row -> row.role().label()).setHeader(Text.get("account.list.role")).setKey("role").setFlexGrow(0).setWidth("10rem");
        grid.addColumn(LitRenderer.<AccountRow>of("<span class=\"${item.css}\">${item.text}</span>") // literal: markup
                        .withProperty("css", row -> "status-badge status-" + statusKey(row)) // literal: CSS class names
                        .withProperty("text", AccountsView::statusText))
                .setHeader(Text.get("account.list.status")).setKey("status").setFlexGrow(0).setWidth("8.5rem")
                .setTooltipGenerator(row -> row.active() && !row.passwordSet()
                        ? Text.get("account.list.noPasswordYet") : null);
        grid.addColumn(row -> row.role() != Role.RUNNER ? ""
                        : row.therapists().isEmpty() ? Text.get("account.list.noTherapistYet")
                        : String.join(", ", row.therapists()))
                .setHeader(Text.get("account.list.therapists")).setKey("therapists").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(row -> row.lastLoginAt() == null ? Text.get("account.list.neverSignedIn")
                        : Formats.dateTime(row.lastLoginAt(), zone))
                .setHeader(Text.get("account.list.lastSignIn")).setKey("lastLogin").setFlexGrow(0).setWidth("11rem");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(Text.get("account.list.title"));
        grid.setEmptyStateText(Text.get("account.list.empty"));
        grid.addClassName("account-grid");
        grid.setItems(query -> accounts.accounts(criteria(), query.getOffset(), query.getLimit()).stream(),
                query -> accounts.countAccounts(criteria()));
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(
                Text.get("account.list.count", "count", e.getItemCount())));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        count.addClassName("exercise-count");
        count.getElement().setAttribute("role", "status");

        Button create = new Button(Text.get("account.list.new"), VaadinIcon.PLUS.create(), click -> openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-account");
        Div header = new Div(new H2(Text.get("account.list.title")), create);
        header.addClassName("page-header");
        Div filters = new Div(search, role, status);
        filters.addClassName("account-filters");
        add(header, new TwoStepRequirement(accounts), filters, count, grid);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("account.list.title");
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
        return Text.get(!row.active() ? "account.status.deactivated"
                : row.passwordSet() ? "account.status.active" : "account.status.invited");
    }
}
