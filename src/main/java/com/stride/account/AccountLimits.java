package com.stride.account;

/** Field limits shared by the account entity, its validation and its forms (and matched by V1). */
public final class AccountLimits {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 64;
    /** Lower-case letters, digits, dot, dash and underscore, starting with a letter or digit. */
    public static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{" + (USERNAME_MIN_LENGTH - 1) + ","
            + (USERNAME_MAX_LENGTH - 1) + "}$";
    /** The Bean Validation message of a username; its numbers are checked against these limits (tested). */
    public static final String USERNAME_RULE = "{account.new.usernameRule}";
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 128;

    private AccountLimits() {
    }
}
