package com.stride.account;

/**
 * A PT's or admin's two-step sign-in.
 *
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoStepStatus(boolean enabled, boolean requiredByClinic, int recoveryCodesLeft) {
}
