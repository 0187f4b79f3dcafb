package com.stride.test;

import com.stride.security.Role;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every {@code @Route} view of the application and its aliases, found the way Vaadin's Spring integration finds
 * them (a class-path scan of the application's package), with who its annotations let in. Tests
 * that must cover every view compare their own lists against this one, so a new view that nobody
 * added to them fails the build.
 */
public final class RouteCatalog {

    /** Who opens a view: the three roles, or someone not signed in. */
    public enum Audience { ANONYMOUS, RUNNER, THERAPIST, ADMIN }

    public record RouteInfo(String template, Class<?> view, Set<Audience> allowed) {
    }

    private RouteCatalog() {
    }

    /** Route template (as in {@code @Route} or {@code @RouteAlias}) to view. */
    public static Map<String, RouteInfo> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, RouteInfo> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("com.stride")) {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            String template = view.getAnnotation(Route.class).value();
            routes.put(template, new RouteInfo(template, view, allowed(view)));
            // an alias is one more address of the same view, with the same access
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.put(alias.value(), new RouteInfo(alias.value(), view, allowed(view)));
            }
        }
        return routes;
    }

    private static Set<Audience> allowed(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return EnumSet.of(Audience.ANONYMOUS);
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.of(Audience.RUNNER, Audience.THERAPIST, Audience.ADMIN);
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return EnumSet.noneOf(Audience.class);
        }
        Set<Audience> allowed = EnumSet.noneOf(Audience.class);
        Arrays.stream(roles.value()).map(Role::valueOf).forEach(role -> allowed.add(Audience.valueOf(role.name())));
        return allowed;
    }
}
