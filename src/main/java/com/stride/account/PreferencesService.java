package com.stride.account;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.RecordNotFoundException;
import com.stride.i18n.DistanceUnit;
import com.stride.i18n.Language;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import com.stride.security.SignedInSessions;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone's own language and distance unit: each person reads and changes only their own. */
@Service
public class PreferencesService {

    private final AppUserRepository users;
    private final AuditLog audit;

    PreferencesService(AppUserRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @RolesAllowed({Role.Names.RUNNER, Role.Names.THERAPIST, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Preferences preferences() {
        AppUser user = own();
        return new Preferences(user.getLanguage(), user.getDistanceUnit());
    }

    /** Saves the choice; the current session follows it, and its next page is in the new language. */
    @RolesAllowed({Role.Names.RUNNER, Role.Names.THERAPIST, Role.Names.ADMIN})
    @Transactional
    public void change(@Nullable Language language, DistanceUnit unit) {
        AppUser user = own();
        if (user.getLanguage() == language && user.getDistanceUnit() == unit) {
            return;
        }
        user.changePreferences(language, unit);
        audit.change(AuditAction.PREFERENCES_CHANGED, "user", user.getId(),
                "language " + (language == null ? "browser" : language.code()) + ", " + unit.name().toLowerCase(
                        java.util.Locale.ROOT));
        SignedInSessions.changeLanguage(language == null ? null : language.code());
    }

    private AppUser own() {
        CurrentUser caller = Caller.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return users.findById(caller.userId()).filter(AppUser::isActive)
                .orElseThrow(() -> new RecordNotFoundException("Account"));
    }
}
