package com.stride.account;

import com.stride.base.domain.AbstractEntity;
import com.stride.i18n.DistanceUnit;
import com.stride.i18n.Language;
import com.stride.clinic.Clinic;
import com.stride.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person who can sign in: admin, physical therapist or runner, always of one clinic. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id", nullable = false, updatable = false)
    private Clinic clinic;

    @Column(name = "username", nullable = false, updatable = false, length = AccountLimits.USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = AccountLimits.DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "email", nullable = false, length = AccountLimits.EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false, length = 16)
    private Role role;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "language", length = Language.CODE_LENGTH)
    private @Nullable String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "distance_unit", nullable = false, length = 10)
    private DistanceUnit distanceUnit = DistanceUnit.KILOMETRES;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    // Changed only by bulk updates (AppUserRepository), which leave the version an admin edits alone.
    @Column(name = "session_epoch", nullable = false, insertable = false, updatable = false)
    private int sessionEpoch;

    @Column(name = "totp_enabled_at", insertable = false, updatable = false)
    private @Nullable Instant totpEnabledAt;

    protected AppUser() {
    }

    public AppUser(Clinic clinic, String username, String displayName, String email, Role role) {
        this.clinic = Objects.requireNonNull(clinic);
        this.username = normalizeUsername(username);
        this.displayName = displayName.strip();
        this.email = email.strip();
        this.role = Objects.requireNonNull(role);
    }

    /** Usernames are case-insensitive; they are stored lower-case. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Long getClinicId() {
        return clinic.getId();
    }

    public Clinic getClinic() {
        return clinic;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    void rename(String displayName, String email) {
        this.displayName = displayName.strip();
        this.email = email.strip();
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    @Nullable String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    /** The person's own language, or null to follow the browser and then the clinic. */
    public @Nullable Language getLanguage() {
        return Language.ofCode(language).orElse(null);
    }

    public DistanceUnit getDistanceUnit() {
        return distanceUnit;
    }

    void changePreferences(@Nullable Language language, DistanceUnit unit) {
        this.language = language == null ? null : language.code();
        this.distanceUnit = unit;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Whether the account signs in with a second factor (a code from an authenticator app). */
    public boolean hasTwoStep() {
        return totpEnabledAt != null;
    }
}
