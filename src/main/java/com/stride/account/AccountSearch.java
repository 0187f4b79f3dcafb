package com.stride.account;

import com.stride.security.Role;

/** What the accounts list is narrowed to: free text (name, username, email), role, status. */
public record AccountSearch(String text, Role role, Boolean active) {

    public static AccountSearch all() {
        return new AccountSearch("", null, null);
    }
}
