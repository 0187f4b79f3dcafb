package com.stride.log.ui;

import com.stride.log.FlagKind;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Locale;

/** Flags as small coloured labels, for lists of runners. */
public final class FlagBadges {

    private FlagBadges() {
    }

    /**
     * A grid column's renderer: drawn in the browser from each row's flags, as a component per row
     * would keep several server-side components per visible row (issue 14).
     */
    public static <T> LitRenderer<T> renderer(SerializableFunction<T, List<FlagKind>> flags) {
        return LitRenderer.<T>of("""
                        <span class="flag-badges">${item.kinds.map((kind, index) =>
                          html`<span class="flag-badge flag-${kind}">${item.labels[index]}</span>`)}</span>""")
                // two lists of strings: a renderer's properties are sent as JSON, and plain lists keep their shape
                .withProperty("kinds", row -> flags.apply(row).stream().map(FlagBadges::cssName).toList())
                .withProperty("labels", row -> flags.apply(row).stream().map(FlagKind::label).toList());
    }

    private static String cssName(FlagKind flag) {
        return flag.name().toLowerCase(Locale.ROOT);
    }
}
