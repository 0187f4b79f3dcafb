package com.stride.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.KaribuTest;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptLookupsTest extends KaribuTest {

    @Test
    void theRunningAppAnswersVaadinsPerRequestLookupsFromWhatItKept() {
        Lookup installed = VaadinService.getCurrent().getContext().getAttribute(Lookup.class);

        // what keeps the answers is the next test; this one that the app really uses it
        assertThat(installed).isInstanceOf(KeptLookups.Kept.class);
        // no Polymer templates in this app: "none" is the kept answer
        assertThat(installed.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
    }

    @Test
    void aKeptServiceIsAskedForOnceAndEveryOtherOneEachTime() {
        List<Class<?>> asked = new ArrayList<>();
        Lookup vaadins = new Lookup() {
            @Override
            public <T> T lookup(Class<T> serviceClass) {
                asked.add(serviceClass);
                return null;
            }

            @Override
            public <T> Collection<T> lookupAll(Class<T> serviceClass) {
                asked.add(serviceClass);
                return List.of();
            }
        };
        Lookup kept = new KeptLookups.Kept(vaadins);

        for (int i = 0; i < 3; i++) {
            assertThat(kept.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
            kept.lookup(Runnable.class);
            kept.lookupAll(VaadinRolePrefixHolder.class);
        }

        assertThat(asked).filteredOn(DeprecatedPolymerPublishedEventHandler.class::equals).hasSize(1);
        assertThat(asked).filteredOn(Runnable.class::equals).hasSize(3);
        assertThat(asked).filteredOn(VaadinRolePrefixHolder.class::equals).hasSize(3);
    }
}
