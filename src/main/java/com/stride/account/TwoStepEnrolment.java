package com.stride.account;

/**
 * A secret being set up, before a code from it is confirmed: shown as a QR code of {@code uri}
 * (what authenticator apps scan) and as {@code secret} to type by hand.
 */
public record TwoStepEnrolment(String secret, String uri) {

    /** The secret in groups of four, as people type it. */
    public String secretForTyping() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
