package com.stride.account;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditLog;
import com.stride.base.InvalidInputException;
import com.stride.i18n.Text;
import com.stride.base.validation.Problems;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.stride.security.SignedInSessions;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People set their own passwords: with a one-time link (no sign-in; the link's token is the
 * credential, so those two methods are open to anonymous callers on purpose), or, signed in, by
 * giving their current password.
 */
@Service
@Transactional(readOnly = true)
public class PasswordService {

    static final String LINK_UNUSABLE = "account.password.linkUnusable";

    private final AppUserRepository users;
    private final OneTimeLinks links;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    PasswordService(AppUserRepository users, OneTimeLinks links, PasswordPolicy policy, PasswordEncoder encoder,
                    LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.links = links;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Whose link this is, while it can still be used; empty for an unknown, used or expired link. */
    public Optional<LinkHolder> holder(String token) {
        return links.find(token, false).flatMap(link -> users.findById(link.userId())
                .filter(AppUser::isActive)
                .map(user -> new LinkHolder(user.getDisplayName(), user.getUsername(), link.purpose())));
    }

    /**
     * Sets the password and uses the link up. A refused password leaves the link usable.
     *
     * @throws InvalidInputException "password" when the password is refused, "link" when the link
     *                               cannot be used (any more)
     */
    @Transactional
    public void setPasswordWithLink(String token, String password) {
        OneTimeLinks.Open link = links.find(token, true)
                .orElseThrow(() -> Problems.refuse("link", Text.get(LINK_UNUSABLE)));
        AppUser user = users.findById(link.userId()).filter(AppUser::isActive)
                .orElseThrow(() -> Problems.refuse("link", Text.get(LINK_UNUSABLE)));
        checkPolicy(user, password, "password");
        users.setPasswordHash(user.getId(), encoder.encode(password));
        links.markUsed(link.linkId());
        links.retireOpenLinks(user.getId());
        // The admin's link is the way back in after a lock-out: start counting afresh.
        throttle.clearUsername(user.getUsername());
        audit.changeFor(user.getId(), user.getClinicId(), AuditAction.PASSWORD_SET, "user", user.getId(),
                link.purpose().name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The signed-in caller's new password, after their current one.
     *
     * @throws InvalidInputException "currentPassword" or "newPassword"
     */
    @PermitAll
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void changeOwn(String currentPassword, String newPassword) {
        CurrentUser caller = Caller.current().orElseThrow(
                () -> new AccessDeniedException("Not signed in"));
        AppUser user = users.findForUpdate(caller.userId()).filter(AppUser::isActive)
                .orElseThrow(() -> new AccessDeniedException("No active account"));
        // wrong current passwords count toward the sign-in throttle: a borrowed session must not
        // become a way to guess the password
        OptionalLong attempt = throttle.admitPassword(user, AuditLog.clientAddress());
        if (attempt.isEmpty()) {
            throw Problems.refuse("currentPassword", Text.get("account.password.tooManyWrong",
                    "minutes", throttle.window().toMinutes()));
        }
        if (currentPassword == null || !user.hasPassword() || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throttle.confirm(attempt.getAsLong());
            audit.change(AuditAction.PASSWORD_CHANGE_FAILED, "user", user.getId(), "wrong current password");
            throw Problems.refuse("currentPassword", Text.get("account.password.notCurrent"));
        }
        throttle.forgive(attempt.getAsLong());
        if (currentPassword.equals(newPassword)) {
            throw Problems.refuse("newPassword", Text.get("account.password.sameAsCurrent"));
        }
        checkPolicy(user, newPassword, "newPassword");
        users.setPasswordHash(user.getId(), encoder.encode(newPassword));
        // every other session of this person ends on its next request; this one goes on
        SignedInSessions.keepCurrent(users.sessionEpoch(user.getId()), user.hasTwoStep());
        audit.change(AuditAction.PASSWORD_CHANGED, "user", user.getId(), null);
    }

    private void checkPolicy(AppUser user, String password, String field) {
        policy.problemWith(password, List.of(user.getUsername(), user.getDisplayName(), user.getEmail()))
                .ifPresent(problem -> {
                    throw Problems.refuse(field, problem);
                });
    }
}
