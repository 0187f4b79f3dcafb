package com.stride.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stride.account.AccountAdminService;
import com.stride.account.NewAccount;
import com.stride.security.Role;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FreshDatabase
class SetPasswordViewTest extends KaribuTest {

    @Autowired
    private AccountAdminService accounts;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    private String token;

    @BeforeEach
    void newAccount() {
        login("admin");
        String url = accounts.create(new NewAccount("nia.runner", "Nia Runner", "nia@example.test", Role.RUNNER),
                Set.of()).link().url();
        token = url.substring(url.lastIndexOf('/') + 1);
        logout();
    }

    @Test
    void theLinkLetsThePersonChooseTheirPasswordOnce() {
        open("set-password/" + token);
        _get(H2.class, spec -> spec.withText("Welcome, Nia Runner"));

        field("New password").setValue("password1234");
        field("Repeat the password").setValue("password1234");
        _get(Button.class, spec -> spec.withText("Set password")).click();
        assertThat(field("New password").getErrorMessage()).contains("too common");

        field("New password").setValue("kettle orbit lantern");
        field("Repeat the password").setValue("kettle orbit lanterns");
        _get(Button.class, spec -> spec.withText("Set password")).click();
        assertThat(field("Repeat the password").getErrorMessage()).isEqualTo("The two passwords are not the same");
        assertThat(passwordSet()).isFalse();

        field("Repeat the password").setValue("kettle orbit lantern");
        _get(Button.class, spec -> spec.withText("Set password")).click();
        assertThat(passwordSet()).isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");

        open("set-password/" + token);
        _get(H2.class, spec -> spec.withText("This link cannot be used"));
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @Test
    void anUnknownLinkSaysSoWithoutAForm() {
        open("set-password/not-a-real-token");
        _get(H2.class, spec -> spec.withText("This link cannot be used"));
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private boolean passwordSet() {
        return jdbc.queryForObject("select password_hash is not null from app_user where username = 'nia.runner'",
                Boolean.class);
    }
}
