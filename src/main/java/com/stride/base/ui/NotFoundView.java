package com.stride.base.ui;

import com.stride.i18n.Titles;
import com.stride.i18n.Text;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** 404, also used when a record does not exist or belongs to someone else: nothing is leaked. */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        add(new ErrorPage(Text.get("base.error.notFound.heading"), Text.get("base.error.notFound.text")));
    }

    @Override
    public String getPageTitle() {
        return Titles.of("base.error.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
