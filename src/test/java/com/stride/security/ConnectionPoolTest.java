package com.stride.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.base.RecordNotFoundException;
import com.stride.plan.PlanService;
import com.stride.test.BrowserTest;
import com.stride.test.SignIn;
import com.stride.test.WebClient;
import com.stride.test.WebIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * No request holds two pooled connections at once. With a pool of two, a request that needed a
 * second connection while holding one (the sign-in's audit entry in a transaction of its own did,
 * and so did a refusal's) deadlocks as soon as two of them run together, and fails after the
 * pool's timeout.
 */
@WebIntegrationTest
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=5000"})
class ConnectionPoolTest {

    private static final int SIGN_INS = 40;
    private static final List<String> USERS = List.of("runner.jordan", "runner.priya", "runner.tom", "runner.lena",
            "pt.maya", "pt.sam", "admin", "hilltop.runner", "hilltop.pt", "hilltop.admin");

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlanService plans;

    @BeforeEach
    void clean() {
        jdbc.update("delete from login_failure");
    }

    @Test
    void fortySignInsAtOnceAllSucceedOnAPoolOfTwo() throws Exception {
        long auditBefore = loginAudits();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < SIGN_INS; i++) {
                String username = USERS.get(i % USERS.size());
                outcomes.add(pool.submit(() -> {
                    WebClient client = new WebClient(port);
                    client.get("/login");
                    start.await();
                    String landing = client.signIn(username, BrowserTest.DEMO_PASSWORD);
                    // The next request checks the account's status: it needs a connection too.
                    int home = client.get("/").statusCode();
                    return landing + " " + home;
                }));
            }
            start.countDown();
            for (Future<String> outcome : outcomes) {
                assertThat(outcome.get()).doesNotContain("error").endsWith(" 200");
            }
        }
        assertThat(loginAudits() - auditBefore).isEqualTo(SIGN_INS);
    }

    @Test
    void fortyRefusalsAtOnceAreAllRecordedOnAPoolOfTwo() throws Exception {
        // A refusal inside a transaction was written in a second one beside it, each holding a connection.
        Long otherClinicsPlan = jdbc.queryForObject("""
                select p.id from plan p join app_user u on u.clinic_id = p.clinic_id
                where u.username = 'pt.maya' order by p.id limit 1""", Long.class);
        long deniedBefore = deniedAudits();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < SIGN_INS; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        SignIn.as("hilltop.pt", () -> plans.get(otherClinicsPlan));
                        return null;
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            for (Future<Throwable> outcome : outcomes) {
                assertThat(outcome.get()).isInstanceOf(RecordNotFoundException.class);
            }
        }
        assertThat(deniedAudits() - deniedBefore).isEqualTo(SIGN_INS);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event a join app_user u on u.id = a.user_id
                where a.action = 'ACCESS_DENIED' and a.target_id = ? and u.username = 'hilltop.pt'""",
                Long.class, otherClinicsPlan)).isGreaterThanOrEqualTo(SIGN_INS);
    }

    private long deniedAudits() {
        Long count = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
        return count == null ? 0 : count;
    }

    private long loginAudits() {
        Long count = jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_SUCCEEDED'", Long.class);
        return count == null ? 0 : count;
    }
}
