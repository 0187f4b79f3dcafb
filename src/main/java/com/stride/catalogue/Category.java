package com.stride.catalogue;

import com.stride.i18n.Text;

/** What kind of exercise it is. The codes match the CHECK constraint in V2. */
public enum Category {
    STRETCH,
    STRENGTHENING,
    MOBILITY;

    public String label() {
        return Text.get("catalogue.category." + name());
    }
}
