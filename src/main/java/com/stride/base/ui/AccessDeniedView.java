package com.stride.base.ui;

import com.stride.i18n.Titles;
import com.stride.i18n.Text;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.stride.security.NavigationDenied;
import jakarta.annotation.security.PermitAll;
import org.springframework.context.ApplicationEventPublisher;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a page their role may not use. */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final ApplicationEventPublisher events;

    AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
        add(new ErrorPage(Text.get("base.error.denied.heading"), Text.get("base.error.denied.text")));
    }

    @Override
    public String getPageTitle() {
        return Titles.of("base.error.denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new NavigationDenied("/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
