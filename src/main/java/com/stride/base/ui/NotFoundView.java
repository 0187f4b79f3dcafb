package com.stride.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** 404, also used when a record does not exist or belongs to someone else: nothing is leaked. */
@PageTitle("Page not found · Stride")
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        add(new ErrorPage("Page not found",
                "There is nothing at this address, or it is not available to you. Check the link or use the menu."));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
