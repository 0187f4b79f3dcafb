package com.stride.account;

import com.stride.base.text.Formats;
import com.stride.security.PublicAddress;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Clock;
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
 */
@Component
class LinkDelivery {

    private static final Logger log = LoggerFactory.getLogger(LinkDelivery.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final boolean mailConfigured;
    private final Clock clock;
    private final String from;
    private final PublicAddress publicAddress;

    LinkDelivery(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String mailHost, Clock clock,
                 @Value("${stride.mail.from:Stride <no-reply@stride.invalid>}") String from,
                 PublicAddress publicAddress) {
        this.mail = mail;
        this.mailConfigured = !mailHost.isBlank();
        this.clock = clock;
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
        String clinic = user.getClinic().getName();
        String expires = Formats.deadline(issued.expiresAt(), clock.getZone());
        if (purpose == LinkPurpose.WELCOME) {
            message.setSubject("Your Stride account at " + clinic);
            message.setText("Hello " + user.getDisplayName() + ",\n\n"
                    + clinic + " has opened a Stride account for you. Your username is " + user.getUsername() + ".\n\n"
                    + "Open this link to choose your password. It works once, until " + expires + ":\n\n"
                    + url + "\n\n"
                    + "If you were not expecting this, ignore this email or tell your clinic.\n");
        } else {
            message.setSubject("Choose a new Stride password");
            message.setText("Hello " + user.getDisplayName() + ",\n\n"
                    + "An admin at " + clinic + " started a password reset for your Stride account ("
                    + user.getUsername() + ").\n\n"
                    + "Open this link to choose a new password. It works once, until " + expires + ":\n\n"
                    + url + "\n\n"
                    + "If you did not ask for this, tell your clinic. Your current password keeps working "
                    + "until the link is used.\n");
        }
        return message;
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
