package com.stride.security;

import com.stride.i18n.Language;
import com.stride.i18n.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on its very next request when the account was deactivated, when its
 * password or second factor changed since the session signed in (another session of the same
 * person may have changed it), or when the session is older than the absolute lifetime. One
 * primary-key lookup per authenticated request; it works across several app instances, which an
 * in-memory session registry would not.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ActiveAccountFilter.class);

    static final String UNAVAILABLE = "security.unavailable";

    private final AccountStatusLookup accounts;
    private final Clock clock;
    private final Duration maxLifetime;

    ActiveAccountFilter(AccountStatusLookup accounts, Clock clock, Duration maxLifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            Boolean current = currentOrUnknown(user);
            if (current == null) {
                unavailable(response, user);
                return;
            }
            HttpSession session = request.getSession(false);
            if (!current && ownChangeCommitting(user, session)) {
                current = true;
            }
            SessionEnd end = !current ? SessionEnd.REVOKED : lifetimeOver(session) ? SessionEnd.LIFETIME_REACHED : null;
            if (end != null) {
                log.info("Ending a session of account {}: {}", user.userId(), end);
                contextHolder.clearContext();
                if (session != null) {
                    SessionEnds.end(session, end);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** This session changed its own password or second factor a moment ago (SignedInSessions.keepCurrent). */
    private boolean ownChangeCommitting(CurrentUser user, @Nullable HttpSession session) {
        return session != null && session.getAttribute(SignedInSessions.MOVING_TO_EPOCH) instanceof Integer epoch
                && Boolean.TRUE.equals(currentOrUnknown(user.withSessionEpoch(epoch, user.twoStep())));
    }

    private boolean lifetimeOver(@Nullable HttpSession session) {
        if (session == null) {
            return false;
        }
        Instant now = clock.instant();
        if (!(session.getAttribute(SessionEnds.SIGNED_IN_AT) instanceof Instant signedInAt)) {
            // the first request after signing in (the sign-in request itself stops before this filter)
            session.setAttribute(SessionEnds.SIGNED_IN_AT, now);
            return false;
        }
        return !now.isBefore(signedInAt.plus(maxLifetime));
    }

    /**
     * Whether the session may go on, or null when the database cannot say (it restarts, the
     * network drops). Then the request is refused with 503 and a short message instead of a 500:
     * Flow's client takes it for a lost connection, says so and sends the same message again.
     */
    private @Nullable Boolean currentOrUnknown(CurrentUser user) {
        try {
            return accounts.isCurrent(user.userId(), user.sessionEpoch());
        } catch (DataAccessResourceFailureException | TransientDataAccessException
                 | RecoverableDataAccessException e) {
            // the database is unreachable or busy for now; any other failure (a broken query) stays a 500
            log.warn("Account check unavailable: {}", e.getMessage());
            return null;
        }
    }

    /** In the person's own language, else the browser's (the database cannot say the clinic's now). */
    private static void unavailable(HttpServletResponse response, CurrentUser user) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2"); // literal: a header
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Text.get(Language.ofCode(user.language()).map(Language::locale)
                .orElseGet(Text::locale), UNAVAILABLE));
    }
}
