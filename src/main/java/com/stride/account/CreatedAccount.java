package com.stride.account;

/** A new account and how its one-time link got (or gets) to the person. */
public record CreatedAccount(AccountDetails account, IssuedLink link) {
}
