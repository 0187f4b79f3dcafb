package com.stride.base.ui;

import com.stride.security.CurrentUser;
import com.stride.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * The root URL sends each role to its home. Paths rather than view classes keep the base package
 * free of feature packages; a navigation test checks that each path exists.
 */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    static final Map<Role, String> HOME_PATHS = Map.of(
            Role.THERAPIST, "runners",
            Role.RUNNER, "today",
            Role.ADMIN, "accounts");

    private final AuthenticationContext authenticationContext;

    HomeView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        authenticationContext.getAuthenticatedUser(CurrentUser.class)
                .map(user -> HOME_PATHS.get(user.role()))
                .ifPresentOrElse(event::forwardTo, () -> event.forwardTo("login"));
    }
}
