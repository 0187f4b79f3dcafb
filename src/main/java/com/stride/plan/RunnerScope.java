package com.stride.plan;

/** Which runners a PT's list shows: those linked to them, or every runner of the clinic. */
public enum RunnerScope {
    MINE,
    ALL
}
