package com.stride.base.ui;

import com.stride.i18n.Titles;
import com.stride.i18n.Text;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in shell: a side navigation with only the destinations the user's role may open,
 * the user's name and role, and sign-out. On a phone the drawer collapses behind a toggle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authenticationContext, RoleMenus menus) {
        setPrimarySection(Section.DRAWER);
        setI18n(new AppLayoutI18n().setDrawer(Text.get("base.layout.drawer")));
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(Text.get("base.layout.menu"));
        viewTitle.addClassName("view-title");
        // A header element, so the title bar is a banner landmark rather than loose content.
        Header bar = new Header(toggle, viewTitle);
        bar.addClassName("title-bar");
        addToNavbar(true, bar);

        CurrentUser user = authenticationContext.getAuthenticatedUser(CurrentUser.class).orElse(null);
        List<MenuEntry> entries = user == null ? MenuConfiguration.getMenuEntries() : menus.of(user.role());
        addToDrawer(brand(), new Scroller(navigation(entries)), userFooter(user, authenticationContext));
    }

    /** Markup rather than components: it never changes, and it is on every page load (issue 14). */
    private static Component brand() {
        Header header = new Header();
        header.addClassName("brand");
        header.getElement().setProperty("innerHTML", "<vaadin-icon class=\"brand-logo\" icon=\"vaadin:clipboard-pulse\">"
                + "</vaadin-icon><span class=\"brand-name\">Stride</span>");
        return header;
    }

    /** Menu entries are already filtered by Vaadin's access control for the current user's role. */
    private static SideNav navigation(List<MenuEntry> entries) {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", Text.get("base.layout.navigation"));
        nav.addClassName("main-nav");
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(Text.get(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private static Component userFooter(@Nullable CurrentUser user, AuthenticationContext authenticationContext) {
        Footer footer = new Footer();
        footer.addClassName("user-footer");
        if (user != null) {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Span role = new Span(user.role().label());
            role.addClassName("user-role");
            footer.add(new Div(name, role));
        }
        Anchor preferences = new Anchor("preferences", Text.get("base.layout.preferences"));
        preferences.addClassName("change-password");
        footer.add(preferences);
        Anchor password = new Anchor("password", Text.get("base.layout.password"));
        password.addClassName("change-password");
        footer.add(password);
        if (user != null && user.role() != Role.RUNNER) {
            Anchor twoStep = new Anchor("account/two-step", Text.get("base.layout.twoStep"));
            twoStep.addClassName("change-password");
            footer.add(twoStep);
        }
        Button signOut = new Button(Text.get("base.layout.signOut"), VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        footer.add(signOut);
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        String title = "";
        if (content instanceof HasDynamicTitle dynamic) {
            title = dynamic.getPageTitle();
        }
        viewTitle.setText(Titles.withoutBrand(title));
    }
}
