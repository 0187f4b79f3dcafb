package com.stride.account;

import com.stride.security.AccountStatusLookup;
import com.stride.security.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Connects Spring Security to the accounts stored in the database. */
@Service
class AccountUserDetailsService implements UserDetailsService, AccountStatusLookup {

    private final AppUserRepository users;

    AccountUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(AppUser.normalizeUsername(username))
                .map(AccountUserDetailsService::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActive(long userId) {
        return users.findActiveById(userId).orElse(false);
    }

    static CurrentUser toCurrentUser(AppUser user) {
        return new CurrentUser(user.getId(), user.getClinicId(), user.getUsername(), user.getDisplayName(),
                user.getRole(), user.isActive(), user.getPasswordHash());
    }
}
