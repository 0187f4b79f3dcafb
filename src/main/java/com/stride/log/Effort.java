package com.stride.log;

import com.stride.i18n.Text;

/** How an exercise felt to the runner: the optional per-exercise rating. */
public enum Effort {
    EASY,
    RIGHT,
    HARD,
    PAINFUL;

    public String label() {
        return Text.get("log.effort." + name());
    }
}
