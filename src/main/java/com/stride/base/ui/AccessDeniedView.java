package com.stride.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a page their role may not use. */
@PageTitle("Not available · Stride")
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        add(new ErrorPage("This page is not available to you",
                "Your account does not have access to this page. If you think it should, ask your clinic admin."));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
