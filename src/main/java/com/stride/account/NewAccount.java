package com.stride.account;

import com.stride.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** What it takes to open an account. The same limits are CHECK constraints in the database. */
public record NewAccount(
        @NotBlank(message = "{account.new.usernameRequired}")
        @Pattern(regexp = AccountLimits.USERNAME_PATTERN, message = AccountLimits.USERNAME_RULE)
        @Nullable String username,

        @PersonName
        @Nullable String displayName,

        @EmailAddress
        @Nullable String email,

        @NotNull(message = "{account.new.roleRequired}")
        @Nullable Role role) {

    public NewAccount {
        username = AppUser.normalizeUsername(username);
        displayName = displayName == null ? null : displayName.strip();
        email = email == null ? null : email.strip();
    }
}
