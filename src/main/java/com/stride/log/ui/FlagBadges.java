package com.stride.log.ui;

import com.stride.log.FlagKind;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Flags as small coloured labels, for lists of runners. */
public final class FlagBadges {

    private FlagBadges() {
    }

    public static Span of(List<FlagKind> flags) {
        Span badges = new Span();
        badges.addClassName("flag-badges");
        for (FlagKind flag : flags) {
            Span badge = new Span(flag.label());
            badge.addClassNames("flag-badge", "flag-" + flag.name().toLowerCase(java.util.Locale.ROOT));
            badges.add(badge);
        }
        return badges;
    }
}
