package com.stride.account;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.base.validation.Messages;
import com.stride.plan.PlanService;
import com.stride.plan.RunnerRow;
import com.stride.plan.RunnerScope;
import com.stride.plan.RunnerService;
import com.stride.security.Role;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.SignedInAs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
@FreshDatabase
@SignedInAs("admin")
class AccountAdminServiceTest {

    @Autowired
    private AccountAdminService accounts;

    @Autowired
    private PlanService plans;

    @Autowired
    private RunnerService runners;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void aNewRunnerHasNoPasswordIsLinkedToThePtAndGetsAWelcomeLinkShownOnce() {
        long maya = userId("pt.maya");
        Instant before = Instant.now();

        CreatedAccount created = accounts.create(new NewAccount("Runner.New", " Nia Runner ", "nia@example.test",
                Role.RUNNER), Set.of(maya));

        AccountDetails account = created.account();
        assertThat(account.username()).isEqualTo("runner.new");
        assertThat(account.displayName()).isEqualTo("Nia Runner");
        assertThat(account.passwordSet()).isFalse();
        assertThat(account.therapistIds()).containsExactly(maya);
        IssuedLink link = created.link();
        assertThat(link.emailed()).isFalse();
        assertThat(link.purpose()).isEqualTo(LinkPurpose.WELCOME);
        assertThat(link.url()).matches("http://localhost(:\\d+)?/set-password/[A-Za-z0-9_-]{43}");
        assertThat(link.expiresAt()).isBetween(before.plus(Duration.ofHours(72)).minusSeconds(5),
                Instant.now().plus(Duration.ofHours(72)));
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        // Only the hash is kept: the token is nowhere in the database.
        assertThat(jdbc.queryForObject("select token_hash from one_time_link where user_id = ?", String.class,
                account.id())).isEqualTo(Sha256.hex(token)).doesNotContain(token);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ?", Integer.class,
                "%" + token + "%")).isZero();
        assertThat(actions(userId("admin"), account.id())).containsExactly("ACCOUNT_CREATED", "THERAPISTS_LINKED",
                "LINK_ISSUED");

        SignIn.as("pt.maya");
        assertThat(runners.runners(RunnerScope.MINE, "", 0, 50)).extracting(RunnerRow::name).contains("Nia Runner");
        SignIn.as("pt.sam");
        assertThat(runners.runners(RunnerScope.MINE, "", 0, 50)).extracting(RunnerRow::name)
                .doesNotContain("Nia Runner");
        assertThat(runners.runners(RunnerScope.ALL, "", 0, 50)).extracting(RunnerRow::name).contains("Nia Runner");
    }

    @Test
    void badInputGetsAMessagePerFieldAndCreatesNothing() {
        int before = count();

        assertThat(errors(() -> accounts.create(new NewAccount("", "", "", null), Set.of())))
                .containsOnlyKeys("username", "displayName", "email", "role");
        assertThat(errors(() -> accounts.create(new NewAccount("x", "<script>alert(1)</script>", "not-an-email",
                Role.RUNNER), Set.of())))
                .containsEntry("username", "Use 3-64 lower-case letters, digits, dots, dashes or underscores")
                .containsEntry("displayName", Messages.markup())
                .containsEntry("email", "Enter a valid email address");
        assertThat(errors(() -> accounts.create(new NewAccount("new.one", "Run\u0007ner", "a@b.test", Role.RUNNER),
                Set.of()))).containsEntry("displayName", Messages.controlCharacters());
        assertThat(errors(() -> accounts.create(new NewAccount("new.one", "x".repeat(121), "a@b.test", Role.RUNNER),
                Set.of()))).containsEntry("displayName", "Use at most 120 characters");
        assertThat(errors(() -> accounts.create(new NewAccount("PT.Maya", "Other Maya", "PT.MAYA@demo.stride.invalid",
                Role.THERAPIST), Set.of())))
                .containsEntry("username", "This username is taken. Choose another one.")
                .containsEntry("email", "Another account of your clinic uses this email address.");
        // The same email in another clinic is fine; a PT cannot be linked to PTs; PTs must be this clinic's.
        assertThat(errors(() -> accounts.create(new NewAccount("new.pt", "New PT", "new@x.test", Role.THERAPIST),
                Set.of(userId("pt.maya"))))).containsEntry("therapists", "Only runners are linked to PTs.");
        assertThat(errors(() -> accounts.create(new NewAccount("new.runner", "New Runner", "new@x.test", Role.RUNNER),
                Set.of(userId("hilltop.pt"))))).containsEntry("therapists", "Choose active PTs of your clinic.");

        assertThat(count()).isEqualTo(before);
        accounts.create(new NewAccount("hilltop.twin", "Twin", "hilltop.pt@demo.stride.invalid", Role.RUNNER),
                Set.of());
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void editingChangesNameEmailAndLinksAndAStaleCopyIsRefused() {
        long jordan = userId("runner.jordan");
        AccountDetails loaded = accounts.account(jordan);
        assertThat(loaded.therapistIds()).containsExactlyInAnyOrder(userId("pt.maya"), userId("pt.sam"));

        AccountDetails saved = accounts.update(jordan, loaded.version(),
                new AccountChanges("Jordan Lee-Smith", "jordan@example.test", Set.of(userId("pt.sam"))));

        assertThat(saved.displayName()).isEqualTo("Jordan Lee-Smith");
        assertThat(saved.therapistIds()).containsExactly(userId("pt.sam"));
        assertThat(saved.version()).isGreaterThan(loaded.version());
        assertThat(actions(userId("admin"), jordan)).containsExactly("ACCOUNT_UPDATED", "THERAPISTS_LINKED");
        assertThatThrownBy(() -> accounts.update(jordan, loaded.version(),
                new AccountChanges("Someone Else", "jordan@example.test", Set.of())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(accounts.account(jordan).displayName()).isEqualTo("Jordan Lee-Smith");
        // Plans and logs are untouched by the change.
        assertThat(jdbc.queryForObject("select count(*) from session_log where runner_id = ?", Integer.class, jordan))
                .isPositive();
    }

    @Test
    void deactivationKeepsEverythingAndCanBeUndone() {
        long jordan = userId("runner.jordan");
        int logs = jdbc.queryForObject("select count(*) from session_log where runner_id = ?", Integer.class, jordan);

        AccountDetails off = accounts.deactivate(jordan, accounts.account(jordan).version());

        assertThat(off.active()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from session_log where runner_id = ?", Integer.class, jordan))
                .isEqualTo(logs);
        assertThat(jdbc.queryForObject("select count(*) from plan where runner_id = ?", Integer.class, jordan))
                .isPositive();
        assertThatThrownBy(() -> accounts.sendPasswordLink(jordan)).isInstanceOf(InvalidInputException.class);
        AccountDetails on = accounts.reactivate(jordan, off.version());
        assertThat(on.active()).isTrue();
        assertThat(actions(userId("admin"), jordan)).containsExactly("ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED");
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        long admin = userId("admin");
        assertThat(errors(() -> accounts.deactivate(admin, accounts.account(admin).version())))
                .containsEntry("active", "You cannot deactivate your own account.");
        assertThat(accounts.account(admin).active()).isTrue();
    }

    @Test
    void twoAdminsDeactivatingEachOtherAtOnceLeaveOneActiveAdmin() throws Exception {
        CreatedAccount second = accounts.create(new NewAccount("admin.two", "Second Admin", "two@example.test",
                Role.ADMIN), Set.of());
        long first = userId("admin");
        long two = second.account().id();
        long firstVersion = accounts.account(first).version();
        long twoVersion = second.account().version();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(calledAs("admin", () -> accounts.deactivate(two, twoVersion)));
            Future<?> b = pool.submit(calledAs("admin.two", () -> accounts.deactivate(first, firstVersion)));
            int refused = 0;
            for (Future<?> outcome : List.of(a, b)) {
                try {
                    outcome.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(InvalidInputException.class)
                            .hasMessageContaining("last active admin");
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where role = 'ADMIN' and active and clinic_id = "
                + "(select clinic_id from app_user where username = 'admin')", Integer.class)).isEqualTo(1);
    }

    @Test
    void anAdminOfAnotherClinicCanNeitherSeeNorChangeAnAccountAndEveryAttemptIsAudited() {
        long jordan = userId("runner.jordan");
        long version = accounts.account(jordan).version();
        SignIn.as("hilltop.admin");
        long hilltopAdmin = userId("hilltop.admin");

        assertThat(accounts.accounts(AccountSearch.all(), 0, 100)).extracting(AccountRow::username)
                .containsExactlyInAnyOrder("hilltop.admin", "hilltop.pt", "hilltop.runner");
        assertThat(accounts.countAccounts(new AccountSearch("jordan", null, null))).isZero();
        List<Callable<?>> attempts = List.of(
                () -> accounts.account(jordan),
                () -> accounts.update(jordan, version, new AccountChanges("Hacked", "h@example.test", Set.of())),
                () -> accounts.deactivate(jordan, version),
                () -> accounts.reactivate(jordan, version),
                () -> accounts.sendPasswordLink(jordan));
        for (Callable<?> attempt : attempts) {
            assertThatThrownBy(attempt::call).isInstanceOf(RecordNotFoundException.class);
        }

        assertThat(jdbc.queryForList("""
                        select detail from audit_event
                        where action = 'ACCESS_DENIED' and user_id = ? and target_type = 'user' and target_id = ?
                          and clinic_id = (select clinic_id from app_user where id = ?)
                        order by id""", String.class, hilltopAdmin, jordan, hilltopAdmin))
                .containsExactly("another clinic's account: view", "another clinic's account: edit",
                        "another clinic's account: deactivate", "another clinic's account: reactivate",
                        "another clinic's account: password link");
        var row = jdbc.queryForMap("select display_name, active, version from app_user where id = ?", jordan);
        assertThat(row).containsEntry("display_name", "Jordan Lee").containsEntry("active", true)
                .containsEntry("version", version);
        assertThat(jdbc.queryForObject("select count(*) from one_time_link where user_id = ?", Integer.class, jordan))
                .isZero();
    }

    @Test
    void onlyAdminsMayUseIt() {
        SignIn.as("pt.maya");
        assertThatThrownBy(() -> accounts.accounts(AccountSearch.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        SignIn.as("runner.jordan");
        assertThatThrownBy(() -> accounts.account(userId("runner.jordan"))).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> accounts.therapists()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
        // Refusals of signed-in callers are audited; the anonymous one says nothing about a person.
        assertThat(jdbc.queryForList("""
                        select u.username || ' ' || e.detail from audit_event e join app_user u on u.id = e.user_id
                        where e.action = 'ACCESS_DENIED' and e.target_type = 'service' order by e.id""", String.class))
                .containsExactly("pt.maya AccountAdminService.accounts", "runner.jordan AccountAdminService.account");
    }

    @Test
    void theListSearchesAndFiltersLazily() {
        assertThat(accounts.countAccounts(AccountSearch.all())).isEqualTo(7);
        assertThat(accounts.accounts(new AccountSearch("", Role.THERAPIST, null), 0, 10)).extracting(AccountRow::username)
                .containsExactly("pt.maya", "pt.sam");
        assertThat(accounts.accounts(new AccountSearch("jordan", null, true), 0, 10)).singleElement()
                .satisfies(row -> assertThat(row.therapists()).containsExactly("Maya Chen", "Sam Okafor"));
        assertThat(accounts.accounts(AccountSearch.all(), 2, 2)).hasSize(2);
        assertThat(accounts.countAccounts(new AccountSearch("%", null, null))).isZero();
        assertThat(accounts.countAccounts(new AccountSearch("", null, false))).isZero();
    }

    /** The work, to be run later (on another thread) as that account. */
    private Callable<Object> calledAs(String username, Callable<Object> work) {
        return () -> SignIn.as(username, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Map<String, String> errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("Expected the input to be refused");
    }

    private List<String> actions(long userId, long targetId) {
        return jdbc.queryForList("""
                select action from audit_event where user_id = ? and target_type = 'user' and target_id = ?
                order by id""", String.class, userId, targetId);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from app_user", Integer.class);
    }

}
