package com.stride.test;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Browserless UI tests: real Spring context, real database, real Vaadin navigation and access
 * control, no browser. {@link #login(String)} signs a real account in the way the login form
 * would leave it: a Spring Security authentication that Vaadin's access checks can see.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext applicationContext;

    /**
     * Karibu's own auto-discovery skips package-private classes, and our views are package-private,
     * so the routes are found with Spring's scanner instead.
     */
    @SuppressWarnings("unchecked")
    private static synchronized Routes routes() {
        if (routes == null) {
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
            scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
            Set<Class<? extends Component>> views = new HashSet<>();
            Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
            for (var candidate : scanner.findCandidateComponents("com.stride")) {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
                if (HasErrorParameter.class.isAssignableFrom(type)) {
                    errorViews.add((Class<? extends HasErrorParameter<?>>) type);
                } else {
                    views.add((Class<? extends Component>) type);
                }
            }
            routes = new Routes(views, errorViews, true);
        }
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        // Karibu runs no servlet filters, so hand Spring Security's authentication to the fake request.
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    return currentAuthentication();
                }
            };
            request.setUserInRole((principal, role) -> {
                Authentication authentication = currentAuthentication();
                return authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role));
            });
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), applicationContext, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
    }

    /** Signs in the account with that username, as a successful form login would. */
    protected void login(String username) {
        SignIn.as(username);
        // a real sign-in loads a new page, whose language LocaleSetup decides; Karibu keeps its UI
        UI.getCurrent().setLocale(com.stride.base.ui.LocaleSetup.forThisPage().locale());
    }

    /** Navigates like typing an address: "catalogue?q=calf&region=calves". */
    protected void open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    protected void logout() {
        SignIn.out();
    }

    private static Authentication currentAuthentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || new AuthenticationTrustResolverImpl().isAnonymous(authentication)) {
            return null;
        }
        return authentication;
    }
}
