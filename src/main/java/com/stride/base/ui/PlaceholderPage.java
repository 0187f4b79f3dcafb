package com.stride.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** A simple "coming soon" body for home pages whose features are not built yet. */
public final class PlaceholderPage extends Section {

    public PlaceholderPage(String heading, String whatWillCome) {
        addClassName("placeholder-page");
        add(new H2(heading), new Paragraph(whatWillCome));
    }
}
