package com.stride.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security layer knows them. Kept in the HTTP session, so it holds
 * only ids and names; services load anything else they need. The password hash is erased right
 * after authentication.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final long userId;
    private final @Nullable Long clinicId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean active;
    private final int sessionEpoch;
    private final boolean twoStep;
    private final boolean twoStepDue;
    private @Nullable String passwordHash;
    // language codes ("de"), not base's Language: security does not build on base
    private @Nullable String language;
    private @Nullable String clinicLanguage;

    public CurrentUser(long userId, @Nullable Long clinicId, String username, String displayName, Role role,
                       boolean active, @Nullable String passwordHash) {
        this(userId, clinicId, username, displayName, role, active, passwordHash, 0, false, false);
    }

    /**
     * @param sessionEpoch the account's session epoch when this sign-in began: a later one ends the session
     * @param twoStep      whether the account signs in with a second factor
     * @param twoStepDue   whether the clinic requires a second factor that the account has not set up yet
     */
    public CurrentUser(long userId, @Nullable Long clinicId, String username, String displayName, Role role,
                       boolean active, @Nullable String passwordHash, int sessionEpoch, boolean twoStep,
                       boolean twoStepDue) {
        this.userId = userId;
        this.clinicId = clinicId;
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.active = active;
        this.passwordHash = passwordHash;
        this.sessionEpoch = sessionEpoch;
        this.twoStep = twoStep;
        this.twoStepDue = twoStepDue && !twoStep;
    }

    /** The same person in a session that survives their own credential change (the epoch it moved to). */
    public CurrentUser withSessionEpoch(int epoch, boolean hasTwoStep) {
        return new CurrentUser(userId, clinicId, username, displayName, role, active, null, epoch, hasTwoStep,
                twoStepDue).withLanguages(language, clinicLanguage);
    }

    /**
     * The same person with the languages that decide their screens: their own choice (null: follow
     * the browser) and their clinic's default, read at sign-in so that a page load asks for neither.
     */
    public CurrentUser withLanguages(@Nullable String own, @Nullable String clinicDefault) {
        CurrentUser copy = new CurrentUser(userId, clinicId, username, displayName, role, active, passwordHash,
                sessionEpoch, twoStep, twoStepDue);
        copy.language = own;
        copy.clinicLanguage = clinicDefault;
        return copy;
    }

    /** The person's own language code, or null to follow the browser. */
    public @Nullable String language() {
        return language;
    }

    /** The code of the clinic's default language. */
    public @Nullable String clinicLanguage() {
        return clinicLanguage;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    /** Whether the clinic requires a second factor that this account must set up before anything else. */
    public boolean twoStepDue() {
        return twoStepDue;
    }

    /** Whether the account has a second factor: the password alone does not sign it in. */
    public boolean twoStep() {
        return twoStep;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean hasRole(Role expected) {
        return role == expected;
    }

    /**
     * Whether this user belongs to the given clinic. A missing clinic id on either side never
     * matches: "no clinic" is not a clinic.
     */
    public boolean belongsTo(@Nullable Long otherClinicId) {
        return clinicId != null && otherClinicId != null && clinicId.longValue() == otherClinicId.longValue();
    }

    /** The caller's clinic id; every account has one. */
    public long clinicId() {
        if (clinicId == null) {
            throw new IllegalStateException("Account " + userId + " has no clinic");
        }
        return clinicId;
    }

    /** The caller's clinic id as stored, for records that must not fail on a broken account. */
    public @Nullable Long clinicIdOrNull() {
        return clinicId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        // An account without a password has not been set up yet: it cannot sign in.
        return active && passwordHash != null;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + userId + ", " + username + ", " + role + "]"; // literal: for logs
    }
}
