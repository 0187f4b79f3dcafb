package com.stride.plan.ui;

import com.stride.base.ui.PlaceholderPage;
import com.stride.security.Role;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The physical therapist's home. */
@Route("runners")
@PageTitle("Runners · Stride")
@Menu(order = 10, icon = "vaadin:users", title = "Runners")
@RolesAllowed(Role.Names.THERAPIST)
class RunnersView extends Main {

    RunnersView() {
        add(new PlaceholderPage("Your runners",
                "Here you will see the runners of your clinic, their active plans and how their exercise is going."));
    }
}
