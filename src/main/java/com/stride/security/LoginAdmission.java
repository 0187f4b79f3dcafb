package com.stride.security;

import org.jspecify.annotations.Nullable;

/**
 * An admitted sign-in attempt.
 *
 * @param ticket   its pending row in the throttle's count
 * @param userId   the account of the typed username, if there is one
 * @param decoyOnWrongPassword true when the username is paused and admitted only because the account
 *                 has a second factor: then a wrong password must look like a right one (the code
 *                 page), so that the pause cannot be used to test passwords
 */
public record LoginAdmission(long ticket, @Nullable Long userId, boolean decoyOnWrongPassword) {
}
