package com.stride.security;

import org.jspecify.annotations.Nullable;

/** Published when a signed-in session ends for any reason but signing out (which has its own event). */
public record SessionEnded(long userId, @Nullable Long clinicId, SessionEnd reason) {
}
