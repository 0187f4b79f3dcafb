package com.stride.log.ui;

import com.stride.base.ui.PlaceholderPage;
import com.stride.security.Role;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The runner's home, designed for a phone. */
@Route("today")
@PageTitle("Today · Stride")
@Menu(order = 10, icon = "vaadin:calendar-o", title = "Today")
@RolesAllowed(Role.Names.RUNNER)
class TodayView extends Main {

    TodayView() {
        add(new PlaceholderPage("Today",
                "Here you will see today's exercises from your physical therapist, tick them off and tell them how it went."));
    }
}
