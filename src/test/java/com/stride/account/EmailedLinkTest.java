package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.stride.security.Role;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SMTP configured, the one-time link goes out by email, to a real SMTP server in this JVM. */
@IntegrationTest
class EmailedLinkTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("stride.public-url", () -> "https://stride.example.test/");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    private AccountAdminService accounts;

    @Autowired
    private PasswordService passwords;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theNewPersonReceivesTheLinkAndTheAdminNeverSeesIt() throws Exception {
        SignIn.as("admin");

        CreatedAccount created = accounts.create(new NewAccount("mailed.runner", "Mia Mailed", "mia@example.test",
                Role.RUNNER), Set.of());

        assertThat(created.link().emailed()).isTrue();
        assertThat(created.link().url()).isNull();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("mia@example.test");
        assertThat(mail.getSubject()).isEqualTo("Your Stride account at Riverside Physio");
        String body = mail.getContent().toString();
        assertThat(body).contains("Hello Mia Mailed", "Your username is mailed.runner");
        Matcher link = Pattern.compile("https://stride\\.example\\.test/set-password/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'LINK_ISSUED' "
                + "and target_id = ?", String.class, created.account().id())).isEqualTo("welcome, emailed");

        SignIn.out();
        passwords.setPasswordWithLink(link.group(1), "mailbox tulip sandal");
        assertThat(jdbc.queryForObject("select password_hash is not null from app_user where username = 'mailed.runner'",
                Boolean.class)).isTrue();
    }
}
