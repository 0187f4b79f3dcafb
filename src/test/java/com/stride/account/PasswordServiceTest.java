package com.stride.account;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.InvalidInputException;
import com.stride.security.Role;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.SignedInAs;
import com.stride.test.TestClock;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
@FreshDatabase
@SignedInAs("admin")
class PasswordServiceTest {

    private static final String GOOD = "kettle orbit lantern 42";

    @Autowired
    private AccountAdminService accounts;

    @Autowired
    private PasswordService passwords;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void aWelcomeLinkSetsThePasswordOnceAndOnlyOnce() {
        String token = token(accounts.create(new NewAccount("new.runner", "Nia Runner", "nia@example.test",
                Role.RUNNER), Set.of()).link());
        SignIn.out();

        assertThat(passwords.holder(token)).contains(new LinkHolder("Nia Runner", "new.runner", LinkPurpose.WELCOME));
        passwords.setPasswordWithLink(token, GOOD);

        assertThat(encoder.matches(GOOD, hash("new.runner"))).isTrue();
        assertThat(passwords.holder(token)).isEmpty();
        assertThatThrownBy(() -> passwords.setPasswordWithLink(token, "another good passphrase"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("link"));
        assertThat(encoder.matches(GOOD, hash("new.runner"))).isTrue();
        assertThat(jdbc.queryForList("""
                        select e.action || ' ' || e.detail from audit_event e join app_user u on u.id = e.user_id
                        where u.username = 'new.runner' order by e.id""", String.class))
                .containsExactly("PASSWORD_SET welcome");
    }

    @Test
    void aRefusedPasswordLeavesTheLinkUsable() {
        String token = token(accounts.create(new NewAccount("new.runner", "Nia Runner", "nia@example.test",
                Role.RUNNER), Set.of()).link());

        for (String bad : new String[] {"password1234", "runner123456", "short", "x".repeat(129), "new.runner2024",
                "Nia Runner 2024"}) {
            assertThatThrownBy(() -> passwords.setPasswordWithLink(token, bad)).as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("password"));
        }
        assertThat(hash("new.runner")).isNull();
        passwords.setPasswordWithLink(token, "q7-Lm2".repeat(10) + "zx9P");
        assertThat(hash("new.runner")).isNotNull();
    }

    @Test
    void aResetLinkLastsOneHourAndANewerLinkReplacesTheOlder() {
        long tom = userId("runner.tom");
        IssuedLink first = accounts.sendPasswordLink(tom);
        IssuedLink second = accounts.sendPasswordLink(tom);
        assertThat(first.purpose()).isEqualTo(LinkPurpose.RESET);
        assertThat(passwords.holder(token(first))).isEmpty();
        assertThat(passwords.holder(token(second))).isPresent();

        TestClock.advance(Duration.ofMinutes(61));

        assertThat(passwords.holder(token(second))).isEmpty();
        assertThatThrownBy(() -> passwords.setPasswordWithLink(token(second), GOOD))
                .isInstanceOf(InvalidInputException.class);

        IssuedLink third = accounts.sendPasswordLink(tom);
        TestClock.advance(Duration.ofMinutes(59));
        passwords.setPasswordWithLink(token(third), GOOD);
        assertThat(encoder.matches(GOOD, hash("runner.tom"))).isTrue();
    }

    @Test
    void aWelcomeLinkLastsThreeDaysAndDeactivationRetiresIt() {
        String token = token(accounts.create(new NewAccount("new.runner", "Nia Runner", "nia@example.test",
                Role.RUNNER), Set.of()).link());
        TestClock.advance(Duration.ofHours(71));
        assertThat(passwords.holder(token)).isPresent();
        TestClock.advance(Duration.ofHours(2));
        assertThat(passwords.holder(token)).isEmpty();

        long id = userId("new.runner");
        String fresh = token(accounts.sendPasswordLink(id));
        accounts.deactivate(id, accounts.account(id).version());
        assertThat(passwords.holder(fresh)).isEmpty();
    }

    @Test
    void anyoneChangesTheirOwnPasswordAfterGivingTheCurrentOne() {
        SignIn.as("runner.jordan");

        assertThatThrownBy(() -> passwords.changeOwn("not-my-password", GOOD))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("currentPassword"));
        assertThatThrownBy(() -> passwords.changeOwn("demo-stride-2026", "password1234"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("newPassword"));
        passwords.changeOwn("demo-stride-2026", GOOD);

        assertThat(encoder.matches(GOOD, hash("runner.jordan"))).isTrue();
        assertThat(jdbc.queryForList("""
                        select e.action from audit_event e join app_user u on u.id = e.user_id
                        where u.username = 'runner.jordan' and e.action like 'PASSWORD%' order by e.id""", String.class))
                .containsExactly("PASSWORD_CHANGE_FAILED", "PASSWORD_CHANGED");
    }

    private String hash(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }

    private static String token(IssuedLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }
}
