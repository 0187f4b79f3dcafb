package com.stride.account.ui;

import com.stride.base.ui.PlaceholderPage;
import com.stride.security.Role;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The clinic admin's home. */
@Route("accounts")
@PageTitle("Accounts · Stride")
@Menu(order = 5, icon = "vaadin:user-card", title = "Accounts")
@RolesAllowed(Role.Names.ADMIN)
class AccountsView extends Main {

    AccountsView() {
        add(new PlaceholderPage("Accounts",
                "Here you will create and deactivate accounts, link runners to their physical therapist "
                        + "and help people get back in."));
    }
}
