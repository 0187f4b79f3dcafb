package com.stride.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.stride.security.Role;
import com.stride.security.ui.LoginView;
import com.stride.test.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NavigationTest extends KaribuTest {

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "admin,          accounts, Accounts",
            "pt.maya,        runners,  Your runners",
            "runner.jordan,  today,    Today",
            "hilltop.admin,  accounts, Accounts",
    })
    void eachRoleLandsOnItsHome(String username, String homePath, String heading) {
        login(username);

        UI.getCurrent().navigate("");

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo(homePath);
        _get(H2.class, spec -> spec.withText(heading));
    }

    @Test
    void homePathsCoverEveryRoleAndResolveToViews() {
        assertThat(HomeView.HOME_PATHS).containsOnlyKeys(Role.values());
        HomeView.HOME_PATHS.values().forEach(path -> assertThat(NavigatorKt.resolveRoute(path)).isNotNull());
    }

    @ParameterizedTest(name = "{0} sees only {1}")
    @CsvSource({
            "admin,         Accounts;Audit log;Clinic settings;Exercises",
            "pt.maya,       Runners;Exercises",
            "runner.jordan, Today;History",
    })
    void sideNavigationShowsOnlyTheRolesDestinations(String username, String expectedItems) {
        login(username);

        UI.getCurrent().navigate("");

        List<String> labels = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactly(expectedItems.split(";"));
    }

    @Test
    void eachRoleKeepsItsOwnMenuWhenRolesTakeTurns() {
        // the menu is worked out once per role (RoleMenus): a runner's must never reach a PT
        for (String username : List.of("runner.jordan", "pt.maya", "runner.jordan", "admin")) {
            login(username);
            UI.getCurrent().getPage().reload(); // a new page, so a new layout
            UI.getCurrent().navigate("");
            List<String> labels = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
            assertThat(labels).first().isEqualTo(switch (username) {
                case "runner.jordan" -> "Today";
                case "pt.maya" -> "Runners";
                default -> "Accounts";
            });
        }
    }

    @Test
    void shellShowsTheSignedInUsersNameAndRole() {
        login("pt.maya");

        UI.getCurrent().navigate("");

        _get(Span.class, spec -> spec.withText("Maya Chen"));
        _get(Span.class, spec -> spec.withText("Physical therapist"));
    }

    @Test
    void anonymousUserIsSentToTheLoginView() {
        UI.getCurrent().navigate("runners");

        NavigatorKt.expectView(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void loginViewShowsTheErrorAfterAFailedSignIn() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void loginViewExplainsAnExpiredSession() {
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));

        assertThat(_get(Paragraph.class,
                spec -> spec.withClasses("login-notice")).getText()).contains("signed out");
    }

    @ParameterizedTest(name = "{0} may not open {1}")
    @CsvSource({
            "runner.jordan, runners",
            "runner.jordan, accounts",
            "pt.maya,       accounts",
            "pt.maya,       today",
            "pt.maya,       history",
            "admin,         today",
            "admin,         history",
            "admin,         runners",
    })
    void otherRolesHomesAreRefusedWithAFriendlyPage(String username, String path) {
        login(username);

        UI.getCurrent().navigate(path);

        _get(H2.class, spec -> spec.withText("This page is not available to you"));
        assertThat(_find(H2.class, spec -> spec.withText("Your runners"))).isEmpty();
        assertThat(_find(H2.class, spec -> spec.withText("Accounts"))).isEmpty();
    }

    @Test
    void signedInUserOpeningLoginGoesHome() {
        login("runner.jordan");

        UI.getCurrent().navigate("login");

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("today");
    }
}
