package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.i18n.DistanceUnit;
import com.stride.i18n.Language;
import com.stride.clinic.Clinic;
import com.stride.security.PublicAddress;
import com.stride.security.Role;
import java.time.Instant;
import java.time.ZoneId;
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
    private final AppUser ella = new AppUser(new Clinic("Harbour Physio", ZoneId.of("Europe/London"), Language.ENGLISH),
            "ella.brooks", "Ella Brooks", "ella@example.test", Role.RUNNER);
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

    @Test
    void theEmailIsInTheRecipientsLanguageAndTheirClinicsTimeZone() {
        AppUser lena = new AppUser(new Clinic("Praxis am Hafen", ZoneId.of("Europe/Berlin"), Language.ENGLISH),
                "lena.vogel", "Lena Vogel", "lena@example.test", Role.RUNNER);
        lena.changePreferences(Language.GERMAN, DistanceUnit.KILOMETRES);

        delivery("smtp.example.test").deliver(lena, LinkPurpose.WELCOME, issued);

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Ihr Stride-Konto bei Praxis am Hafen");
            assertThat(message.getText()).startsWith("Hallo Lena Vogel,")
                    .contains("Ihr Benutzername ist lena.vogel", "Donnerstag, 3. Dezember um 10:00 Uhr (Europe/Berlin)",
                            "https://stride.example.test/set-password/t0ken")
                    .doesNotContain("Hello", "09:00");
        });
    }

    @Test
    void withoutAnOwnLanguageTheEmailIsInTheClinicsLanguage() {
        AppUser pablo = new AppUser(new Clinic("Clínica del Puerto", ZoneId.of("Europe/Madrid"), Language.SPANISH),
                "pablo.ruiz", "Pablo Ruiz", "pablo@example.test", Role.RUNNER);

        delivery("smtp.example.test").deliver(pablo, LinkPurpose.RESET, issued);

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getText()).startsWith("Hola, Pablo Ruiz:").contains("(Europe/Madrid)");
        });
    }

    @Test
    void anEnglishReaderGetsTheEnglishWording() {
        delivery("smtp.example.test").deliver(ella, LinkPurpose.WELCOME, issued);

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Your Stride account at Harbour Physio");
            assertThat(message.getText()).isEqualTo("""
                    Hello Ella Brooks,

                    Harbour Physio has opened a Stride account for you. Your username is ella.brooks.

                    Open this link to choose your password. It works once, until Thursday 3 December at 09:00 \
                    (Europe/London):

                    https://stride.example.test/set-password/t0ken

                    If you were not expecting this, ignore this email or tell your clinic.
                    """);
        });
    }

    private LinkDelivery delivery(String mailHost) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", recordingSender);
        return new LinkDelivery(beans.getBeanProvider(JavaMailSender.class), mailHost,
                "Stride <no-reply@stride.invalid>", PublicAddress.of("https://stride.example.test/"));
    }
}
