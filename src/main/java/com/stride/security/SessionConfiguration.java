package com.stride.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Idle sessions end for real. An open Vaadin tab sends heartbeats that would keep the HTTP session
 * alive forever; with {@code vaadin.close-idle-sessions} Vaadin closes its session after the idle
 * timeout counted from the last real interaction, and here we then invalidate the HTTP session too,
 * so the Spring Security login goes with it.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    private final Duration idleTimeout;

    SessionConfiguration(@Value("${stride.security.idle-timeout:30m}") Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    /** Sets the idle timeout per session (the servlet container's own setting has minute granularity). */
    @Bean
    HttpSessionListener idleTimeoutSessionListener(ApplicationEventPublisher events) {
        int seconds = Math.toIntExact(idleTimeout.toSeconds());
        return new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent event) {
                event.getSession().setMaxInactiveInterval(seconds);
            }

            /** Every end of a signed-in session but a sign-out (audited on its own) reaches the audit log. */
            @Override
            public void sessionDestroyed(HttpSessionEvent event) {
                SessionEnded ended = SessionEnds.ended(event.getSession());
                if (ended != null && ended.reason() != SessionEnd.SIGNED_OUT) {
                    events.publishEvent(ended);
                }
            }
        };
    }

    @Bean
    VaadinServiceInitListener endHttpSessionWithVaadinSession() {
        return serviceInit -> {
            serviceInit.getSource().addSessionDestroyListener(destroyed -> {
                try {
                    // null when the container ended the HTTP session first (a timeout, a sign-out)
                    var http = destroyed.getSession().getSession();
                    if (http != null) {
                        // Vaadin closed its session for want of interaction
                        http.setAttribute(SessionEnds.REASON, SessionEnd.TIMED_OUT);
                        http.invalidate();
                    }
                } catch (IllegalStateException alreadyInvalidated) {
                    // The container ended it first; nothing left to do.
                }
            });
            serviceInit.getSource().setSystemMessagesProvider(info -> {
                CustomizedSystemMessages messages = new CustomizedSystemMessages();
                // Straight to the login page with a note, instead of a generic "session expired" popup.
                messages.setSessionExpiredNotificationEnabled(false);
                messages.setSessionExpiredURL("login?expired");
                return messages;
            });
        };
    }
}
