package com.stride.account;

import com.stride.i18n.Language;
import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.security.PublicAddress;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.ZoneId;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gets a one-time link to its person: by email when SMTP is configured (spring.mail.host), else
 * back to the admin, who sees it once. A failed send falls back to showing it, with the reason
 * logged (never the link). The setting is read here when the app starts, not left to whether a mail
 * sender exists: the production jar is built with Spring AOT, which always includes one
 * (docs/decisions/2026-12-02-spring-aot.md).
 *
 * <p>The email is written for its reader, not for the admin who sent it: in the person's own
 * language, else their clinic's default, with the deadline in their clinic's time zone.
 */
@Component
class LinkDelivery {

    private static final Logger log = LoggerFactory.getLogger(LinkDelivery.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final boolean mailConfigured;
    private final String from;
    private final PublicAddress publicAddress;

    LinkDelivery(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String mailHost,
                 @Value("${stride.mail.from:Stride <no-reply@stride.invalid>}") String from,
                 PublicAddress publicAddress) {
        this.mail = mail;
        this.mailConfigured = !mailHost.isBlank();
        this.from = from;
        this.publicAddress = publicAddress;
    }

    IssuedLink deliver(AppUser user, LinkPurpose purpose, OneTimeLinks.Issued issued) {
        String url = baseUrl() + "/set-password/" + issued.token();
        JavaMailSender sender = mailConfigured ? mail.getIfAvailable() : null;
        if (sender != null) {
            try {
                sender.send(message(user, purpose, issued, url));
                return new IssuedLink(purpose, null, user.getEmail(), issued.expiresAt());
            } catch (MailException e) {
                log.warn("Could not email a one-time link to account {}: {}", user.getId(), e.getMessage());
            }
        }
        return new IssuedLink(purpose, url, null, issued.expiresAt());
    }

    private SimpleMailMessage message(AppUser user, LinkPurpose purpose, OneTimeLinks.Issued issued, String url) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.getEmail());
        Locale locale = readerLocale(user);
        ZoneId zone = user.getClinic().getTimeZone();
        String kind = purpose == LinkPurpose.WELCOME ? "welcome" : "reset";
        Object[] arguments = {"name", user.getDisplayName(), "clinic", user.getClinic().getName(),
                "username", user.getUsername(), "until", Formats.deadline(issued.expiresAt(), zone, locale),
                "url", url};
        message.setSubject(Text.get(locale, "account.email." + kind + ".subject", arguments));
        message.setText(Text.get(locale, "account.email." + kind + ".body", arguments));
        return message;
    }

    /** The reader's own language, else their clinic's default. */
    static Locale readerLocale(AppUser user) {
        Language own = user.getLanguage();
        return (own != null ? own : user.getClinic().getDefaultLanguage()).locale();
    }

    private String baseUrl() {
        if (publicAddress.url().isPresent()) {
            return publicAddress.url().get();
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException noSpringRequest) {
            VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
            return vaadin == null ? "http://localhost:8080"
                    : ServletUriComponentsBuilder.fromContextPath(vaadin.getHttpServletRequest()).build().toUriString();
        }
    }
}
