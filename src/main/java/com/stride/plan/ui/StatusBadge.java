package com.stride.plan.ui;

import com.stride.plan.PlanStatus;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A plan's status as a coloured badge. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(PlanStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
