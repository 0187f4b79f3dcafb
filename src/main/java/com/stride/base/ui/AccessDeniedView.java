package com.stride.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.stride.security.NavigationDenied;
import jakarta.annotation.security.PermitAll;
import org.springframework.context.ApplicationEventPublisher;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a page their role may not use. */
@PageTitle("Not available · Stride")
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    private final ApplicationEventPublisher events;

    AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
        add(new ErrorPage("This page is not available to you",
                "Your account does not have access to this page. If you think it should, ask your clinic admin."));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new NavigationDenied("/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
