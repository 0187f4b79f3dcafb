package com.stride.base.ui;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the answer of Vaadin's service lookup for the two services it asks for on every request.
 *
 * <p>Vaadin 25.2 answers each lookup by asking Spring and then scanning the whole class path with
 * {@link java.util.ServiceLoader}, and it looks one service up for each argument of each call a
 * browser component makes to the server (a grid asking for rows, for one) and another on each
 * navigation. In the PT load that was 9 % of the app's CPU samples (issue 14). The answers cannot
 * change while the application runs: the class path is fixed, and the services are a Spring
 * singleton or absent. Every other lookup goes to Vaadin's own, unchanged.
 */
@Component
class KeptLookups implements VaadinServiceInitListener {

    static final Set<Class<?>> KEPT = Set.of(DeprecatedPolymerPublishedEventHandler.class,
            VaadinRolePrefixHolder.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup vaadins = context.getAttribute(Lookup.class);
        if (vaadins != null && !(vaadins instanceof Kept) && context instanceof VaadinServletContext servlet) {
            // Vaadin refuses to set its Lookup twice through VaadinContext, so this sets the servlet
            // context attribute that VaadinServletContext reads (KeptLookupsTest checks that it
            // does), while the service starts and before any request. The replacement delegates.
            servlet.getContext().setAttribute(Lookup.class.getName(), new Kept(vaadins));
        }
    }

    static final class Kept implements Lookup {

        private final Lookup delegate;
        private final Map<Class<?>, Optional<Object>> answers = new ConcurrentHashMap<>();

        Kept(Lookup delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> @Nullable T lookup(Class<T> serviceClass) {
            if (!KEPT.contains(serviceClass)) {
                return delegate.lookup(serviceClass);
            }
            return serviceClass.cast(answers
                    .computeIfAbsent(serviceClass, type -> Optional.ofNullable(delegate.lookup(type)))
                    .orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return delegate.lookupAll(serviceClass);
        }
    }
}
