package com.stride.plan;

/**
 * Assigning this plan would end the runner's current active plan; the PT has to confirm that
 * first. Nothing was changed.
 */
public class OtherActivePlanException extends RuntimeException {

    private final String activePlanTitle;

    OtherActivePlanException(String activePlanTitle) {
        super("The runner already has an active plan: " + activePlanTitle); // literal: developer message, the view asks the PT
        this.activePlanTitle = activePlanTitle;
    }

    public String activePlanTitle() {
        return activePlanTitle;
    }
}
