package com.stride.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Changes to the signed-in session made by services: the person who changed their own credentials
 * stays signed in here while every other session of theirs ends; a completed two-step sign-in
 * becomes a session.
 */
public final class SignedInSessions {

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();
    /** The session epoch a session's own credential change is committing. */
    static final String MOVING_TO_EPOCH = SignedInSessions.class.getName() + ".movingTo";

    private SignedInSessions() {
    }

    /**
     * The current session goes on at the account's new session epoch, once the change is committed.
     * Until then the session says which epoch it is moving to, so that a request of its own that
     * arrives in between (a heartbeat, a second tab) is not taken for another session.
     */
    public static void keepCurrent(int newEpoch, boolean twoStep) {
        Caller.current().ifPresent(user -> {
            CurrentUser moved = user.withSessionEpoch(newEpoch, twoStep);
            Authentication previous = SecurityContextHolder.getContext().getAuthentication();
            Collection<? extends GrantedAuthority> authorities = previous == null ? moved.getAuthorities()
                    : previous.getAuthorities();
            HttpServletRequest request = currentRequest();
            HttpSession session = request == null ? null : request.getSession(false);
            if (session != null) {
                session.setAttribute(MOVING_TO_EPOCH, newEpoch);
            }
            afterCommit(() -> save(UsernamePasswordAuthenticationToken.authenticated(moved, null, authorities), false),
                    () -> {
                        if (session != null) {
                            try {
                                session.removeAttribute(MOVING_TO_EPOCH);
                            } catch (IllegalStateException ended) {
                                // nothing to tidy
                            }
                        }
                    });
        });
    }

    /** The current session follows the person's new language choice, once it is committed. */
    public static void changeLanguage(@Nullable String language) {
        Caller.current().ifPresent(user -> {
            CurrentUser changed = user.withLanguages(language, user.clinicLanguage());
            Authentication previous = SecurityContextHolder.getContext().getAuthentication();
            Collection<? extends GrantedAuthority> authorities = previous == null ? changed.getAuthorities()
                    : previous.getAuthorities();
            afterCommit(() -> save(UsernamePasswordAuthenticationToken.authenticated(changed, null, authorities),
                    false), () -> { });
        });
    }

    /**
     * Signs the person in on this request, with a new session id (their second factor was just
     * checked), once the transaction that used up their code is committed.
     */
    public static void signIn(CurrentUser user, List<GrantedAuthority> authorities) {
        afterCommit(() -> save(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities), true),
                () -> { });
    }

    private static void afterCommit(Runnable committed, Runnable completed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.run();
            completed.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.run();
            }

            @Override
            public void afterCompletion(int status) {
                completed.run();
            }
        });
    }

    private static void save(Authentication authentication, boolean newSessionId) {
        // the context the request already holds: Vaadin's holder strategy and the session keep it
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().getContext();
        context.setAuthentication(authentication);
        HttpServletRequest request = currentRequest();
        HttpServletResponse response = currentResponse();
        if (request != null && response != null) {
            if (newSessionId) {
                request.getSession(true);
                request.changeSessionId();
            }
            REPOSITORY.saveContext(context, request, response);
        }
    }

    /** The request being handled: Vaadin's, or Spring MVC's (a filter, a controller); null outside one. */
    static @Nullable HttpServletRequest currentRequest() {
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getHttpServletRequest();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static HttpServletResponse currentResponse() {
        VaadinServletResponse vaadin = VaadinServletResponse.getCurrent();
        if (vaadin != null) {
            return vaadin.getHttpServletResponse();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getResponse() : null;
    }
}
