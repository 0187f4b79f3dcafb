package com.stride.base.ui;

import com.stride.i18n.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** The friendly body shared by the error views: what happened, and a way back home. */
final class ErrorPage extends Section {

    ErrorPage(String title, String explanation) {
        addClassName("error-page");
        H2 heading = new H2(title);
        Anchor home = new Anchor("", Text.get("base.error.home"));
        home.addClassName("error-home-link");
        add(heading, new Paragraph(explanation), home);
    }
}
