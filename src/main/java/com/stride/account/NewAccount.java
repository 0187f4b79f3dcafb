package com.stride.account;

import com.stride.base.validation.PlainText;
import com.stride.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to open an account. The same limits are CHECK constraints in the database. */
public record NewAccount(
        @NotBlank(message = "Enter a username")
        @Pattern(regexp = AccountLimits.USERNAME_PATTERN,
                message = "Use 3-64 lower-case letters, digits, dots, dashes or underscores")
        String username,

        @NotBlank(message = "Enter the person's name")
        @Size(max = AccountLimits.DISPLAY_NAME_MAX_LENGTH, message = "Use at most 120 characters")
        @PlainText
        String displayName,

        @NotBlank(message = "Enter an email address")
        @Size(max = AccountLimits.EMAIL_MAX_LENGTH, message = "Use at most 254 characters")
        @Email(regexp = AccountLimits.EMAIL_PATTERN, message = "Enter a valid email address")
        String email,

        @NotNull(message = "Choose a role")
        Role role) {

    public NewAccount {
        username = AppUser.normalizeUsername(username);
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip();
    }
}
