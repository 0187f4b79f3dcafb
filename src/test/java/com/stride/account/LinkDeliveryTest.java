package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.clinic.Clinic;
import com.stride.security.PublicAddress;
import com.stride.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Whether a link is emailed follows spring.mail.host, also where a mail sender exists without it
 * (the production jar, built with Spring AOT, always has one).
 */
class LinkDeliveryTest {

    private final List<SimpleMailMessage> sent = new ArrayList<>();
    private final JavaMailSender recordingSender = new JavaMailSenderImpl() {
        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }
    };
    private final AppUser ella = new AppUser(new Clinic("Harbour Physio", java.time.ZoneId.of("Europe/London"), com.stride.base.i18n.Language.ENGLISH), "ella.brooks", "Ella Brooks",
            "ella@example.test", Role.RUNNER);
    private final OneTimeLinks.Issued issued = new OneTimeLinks.Issued("t0ken", Instant.parse("2026-12-03T09:00:00Z"));

    @Test
    void withoutAMailHostTheAdminSeesTheLinkAndNothingIsSent() {
        IssuedLink link = delivery("").deliver(ella, LinkPurpose.WELCOME, issued);

        assertThat(sent).isEmpty();
        assertThat(link.emailed()).isFalse();
        assertThat(link.url()).isEqualTo("https://stride.example.test/set-password/t0ken");
    }

    @Test
    void withAMailHostTheLinkIsEmailedAndNeverShown() {
        IssuedLink link = delivery("smtp.example.test").deliver(ella, LinkPurpose.WELCOME, issued);

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getTo()).containsExactly("ella@example.test");
            assertThat(message.getText()).contains("https://stride.example.test/set-password/t0ken");
        });
        assertThat(link.emailed()).isTrue();
        assertThat(link.url()).isNull();
    }

    private LinkDelivery delivery(String mailHost) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", recordingSender);
        return new LinkDelivery(beans.getBeanProvider(JavaMailSender.class), mailHost, Clock.system(ZoneOffset.UTC),
                "Stride <no-reply@stride.invalid>", PublicAddress.of("https://stride.example.test/"));
    }
}
