package com.stride.account;

import com.stride.base.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an admin may change on an existing account: name, email and, for a runner, their PTs. */
public record AccountChanges(
        @NotBlank(message = "Enter the person's name")
        @Size(max = AccountLimits.DISPLAY_NAME_MAX_LENGTH, message = "Use at most 120 characters")
        @PlainText
        String displayName,

        @NotBlank(message = "Enter an email address")
        @Size(max = AccountLimits.EMAIL_MAX_LENGTH, message = "Use at most 254 characters")
        @Email(regexp = AccountLimits.EMAIL_PATTERN, message = "Enter a valid email address")
        String email,

        Set<Long> therapistIds) {

    public AccountChanges {
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip();
        therapistIds = therapistIds == null ? Set.of() : Set.copyOf(therapistIds);
    }
}
