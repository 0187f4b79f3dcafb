package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.i18n.Titles;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.SearchCriteria;
import com.stride.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;

/**
 * The exercise catalogue for PTs and admins. The search and filters live in the URL, so a search
 * can be bookmarked or sent to a colleague.
 */
@Route("catalogue")
@Menu(order = 20, icon = "vaadin:book", title = "catalogue.menu.exercises")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class CatalogueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "catalogue";
    private static final String LAST_SEARCH = CatalogueView.class.getName() + ".lastSearch";

    private final ExerciseBrowser browser;

    CatalogueView(CatalogueService catalogue) {
        addClassName("catalogue-view");
        addClassName("page");
        browser = new ExerciseBrowser(catalogue, null, true);
        browser.setCriteriaChangeListener(criteria -> getUI().ifPresent(ui -> {
            Location location = new Location(PATH, CriteriaParameters.toParameters(criteria));
            ui.getPage().getHistory().replaceState(null, location);
            remember(location);
        }));

        Button create = new Button(Text.get("catalogue.list.new"), VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ExerciseEditorView.NEW_PATH)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div header = new Div(new H2(Text.get("catalogue.list.heading")), create);
        header.addClassName("page-header");
        add(header, browser);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SearchCriteria criteria = CriteriaParameters.fromParameters(event.getLocation().getQueryParameters());
        browser.setCriteria(criteria);
        remember(new Location(PATH, CriteriaParameters.toParameters(criteria)));
    }

    @Override
    public String getPageTitle() {
        return Titles.of("catalogue.list.title");
    }

    /** The last search, so that "Back to the catalogue" on an exercise page returns to it. */
    static String lastSearch() {
        VaadinSession session = VaadinSession.getCurrent();
        Object location = session == null ? null : session.getAttribute(LAST_SEARCH);
        return location instanceof String path ? path : PATH;
    }

    private static void remember(Location location) {
        VaadinSession.getCurrent().setAttribute(LAST_SEARCH, location.getPathWithQueryParameters());
    }
}
