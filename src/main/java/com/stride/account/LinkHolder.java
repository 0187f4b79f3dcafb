package com.stride.account;

/** Whose one-time link this is, for the page where they choose their password. */
public record LinkHolder(String displayName, String username, LinkPurpose purpose) {
}
