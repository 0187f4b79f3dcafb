package com.stride.base.ui;

import com.stride.security.Role;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The side menu of each role. Vaadin filters the menu by running the navigation access check of
 * every route, about a sixth of a page load's work (issue 14); which routes a person may open
 * depends only on their role ({@code @RolesAllowed}/{@code @PermitAll}), so it is worked out once
 * per role, by the first person of that role, and kept for the life of the application.
 */
@Component
class RoleMenus {

    private final Map<Role, List<MenuEntry>> menus = new ConcurrentHashMap<>();

    List<MenuEntry> of(Role role) {
        return menus.computeIfAbsent(role, unused -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
