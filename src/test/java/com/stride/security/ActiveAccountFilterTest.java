package com.stride.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The per-request account check when the database cannot answer: refused with a short 503, still
 * signed in. (A deactivated account's next request: SessionSecurityTest, over HTTP.)
 */
class ActiveAccountFilterTest {

    private final CurrentUser jordan = new CurrentUser(4L, 1L, "runner.jordan", "Jordan Lee", Role.RUNNER, true,
            "{noop}unused");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anActiveAccountGoesOn() throws Exception {
        var outcome = filter((userId, epoch) -> true);
        assertThat(outcome.passedOn()).isTrue();
        assertThat(outcome.response().getStatus()).isEqualTo(200);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void aBrokenQueryIsNotTakenForAnOutage() {
        assertThatThrownBy(() -> filter((userId, epoch) -> {
            throw new BadSqlGrammarException("check", "select", new SQLException());
        })).isInstanceOf(BadSqlGrammarException.class);
    }

    @Test
    void whenTheDatabaseCannotAnswerTheRequestIsRefusedWithAShortMessage() throws Exception {
        var outcome = filter((userId, epoch) -> {
            throw new DataAccessResourceFailureException("Connection refused");
        });
        assertThat(outcome.passedOn()).isFalse();
        assertThat(outcome.response().getStatus()).isEqualTo(503);
        assertThat(outcome.response().getHeader("Retry-After")).isEqualTo("2");
        assertThat(outcome.response().getContentAsString()).isEqualTo(
                "Stride is unavailable for a moment. Please try again shortly; nothing you saved is lost.")
                .doesNotContain("Exception");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("still signed in").isNotNull();
    }

    private record Outcome(boolean passedOn, MockHttpServletRequest request, MockHttpServletResponse response) {
    }

    private Outcome filter(AccountStatusLookup accounts) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(jordan, null, jordan.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.getSession(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passedOn = new AtomicBoolean();
        new ActiveAccountFilter(accounts, java.time.Clock.systemUTC(), java.time.Duration.ofHours(12)).doFilter(request, response, (req, res) -> passedOn.set(true));
        return new Outcome(passedOn.get(), request, response);
    }
}
