package com.stride.security;

import org.jspecify.annotations.Nullable;

/** A right password of an account with a second factor: the sign-in now waits for its code. */
public record SignInAwaitingCode(long userId, @Nullable Long clinicId) {
}
