package com.stride.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of issuing a one-time link. Either it was emailed ({@code emailedTo} set, no URL
 * kept anywhere), or SMTP is not configured or failed and {@code url} is shown once to the admin.
 */
public record IssuedLink(LinkPurpose purpose, @Nullable String url, @Nullable String emailedTo, Instant expiresAt) {

    public boolean emailed() {
        return emailedTo != null;
    }
}
