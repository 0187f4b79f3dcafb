package com.stride.log;

/** How an exercise felt to the runner: the optional per-exercise rating. */
public enum Effort {
    EASY("Easy"),
    RIGHT("About right"),
    HARD("Hard"),
    PAINFUL("Painful");

    private final String label;

    Effort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
