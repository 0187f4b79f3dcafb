package com.stride.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.TestDatabase;
import com.stride.test.WebIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The load test's smoke run in CI: a few sessions of every kind go round their journeys through
 * Vaadin's protocol, with no error. It asserts no timing (those belong in docs/performance.md),
 * and it runs on a pool of two connections, so a request that needs two at once fails it.
 */
@WebIntegrationTest
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=5000"})
class LoadSmokeIT {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void everyJourneyRunsWithoutAnError() throws Exception {
        LoadData.generate(TestDatabase.jdbcUrl(), "postgres", "postgres", 40, 2, 14);
        long retriesBefore = UiClient.retries.get();

        LoadRun run = new LoadRun(new LoadRun.Settings("http://localhost:" + port, 22, 40, 2, Duration.ofSeconds(2),
                Duration.ofSeconds(15), Duration.ZERO, 100, 300, true, false)).run(starting -> { });

        Recorder recorder = run.recorder();
        LocalDate today = LocalDate.now(clock); // the app's today, not the database's
        assertThat(recorder.errorSamples()).isEmpty();
        assertThat(recorder.totalErrors()).isZero();
        // a 503 would be resent quietly: on this pool it would mean a request waited for a second connection
        assertThat(UiClient.retries.get()).isEqualTo(retriesBefore);
        List<String> done = recorder.figures().stream().filter(figures -> figures.count() > 0)
                .map(Recorder.Figures::name).toList();
        assertThat(done).contains(Journeys.TODAY, Journeys.TICK, Journeys.UNDO, Journeys.SAVE_SESSION,
                Journeys.HISTORY, Journeys.RUNNERS, Journeys.RUNNERS_SCROLLED, Journeys.RUNNER_PAGE,
                Journeys.OPEN_PLAN, Journeys.SAVE_PLAN, Journeys.ACCOUNTS, Journeys.AUDIT);
        // what the driver saw acknowledged is what the database holds: each tick was taken back (but
        // perhaps the last one, when the run ended in between), and sessions were saved
        assertThat(recorder.acknowledgedTicks()).isPositive();
        assertThat(jdbc.queryForObject("""
                select coalesce(max(ticks), 0) from (
                    select count(*) as ticks from exercise_log e join session_log s on s.id = e.session_id
                    where s.session_date = ? group by s.runner_id, s.session_number) t""", Long.class, today))
                .isLessThanOrEqualTo(1L);
        assertThat(jdbc.queryForObject("""
                select count(*) from session_log where session_date = ? and pain_during is not null
                 and note = 'Felt fine today, Knie ok, gracias'""", Long.class, today)).isPositive();
    }
}
