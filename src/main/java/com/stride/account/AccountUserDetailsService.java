package com.stride.account;

import com.stride.security.AccountStatusLookup;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Connects Spring Security to the accounts stored in the database. */
@Service
class AccountUserDetailsService implements UserDetailsService, AccountStatusLookup {

    private final AppUserRepository users;
    private final JdbcClient jdbc;

    AccountUserDetailsService(AppUserRepository users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(AppUser.normalizeUsername(username))
                .map(AccountUserDetailsService::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    // Asked on every signed-in request: one primary-key read in autocommit, without a transaction
    // or an entity manager around it.
    @Override
    public boolean isCurrent(long userId, int sessionEpoch) {
        return jdbc.sql("select active and session_epoch = :epoch from app_user where id = :id")
                .param("id", userId).param("epoch", sessionEpoch)
                .query(Boolean.class).optional().orElse(false);
    }

    static CurrentUser toCurrentUser(AppUser user) {
        return new CurrentUser(user.getId(), user.getClinicId(), user.getUsername(), user.getDisplayName(),
                user.getRole(), user.isActive(), user.getPasswordHash(), user.getSessionEpoch(), user.hasTwoStep(),
                user.getRole() != Role.RUNNER && user.getClinic().requiresTwoStep())
                .withLanguages(user.getLanguage() == null ? null : user.getLanguage().code(),
                        user.getClinic().getDefaultLanguage().code());
    }
}
