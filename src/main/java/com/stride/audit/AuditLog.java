package com.stride.audit;

import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.vaadin.flow.server.VaadinRequest;
import java.sql.Types;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. A change is recorded in the transaction that makes it, so a change that
 * rolls back leaves no entry; a refusal is recorded in a transaction of its own, because the
 * refusal itself rolls the caller's transaction back. Callers pass only ids, enum names and short
 * fixed texts: never a password, a token or free text a user typed.
 */
@Component
public class AuditLog {

    private static final int DETAIL_MAX_LENGTH = 200;
    private static final int ADDRESS_MAX_LENGTH = 64;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A change made by the signed-in caller, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(AuditAction action, String targetType, Long targetId, String detail) {
        CurrentUser caller = Caller.current().orElse(null);
        insert(caller == null ? null : caller.userId(), caller == null ? null : caller.clinicIdOrNull(), action,
                targetType, targetId, detail, clientAddress());
    }

    /** A change to a person's own account made without a signed-in caller (a one-time link). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeFor(long userId, Long clinicId, AuditAction action, String targetType, Long targetId,
                          String detail) {
        insert(userId, clinicId, action, targetType, targetId, detail, clientAddress());
    }

    /** The signed-in caller was refused; kept even though the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String targetType, Long targetId, String detail) {
        CurrentUser caller = Caller.current().orElse(null);
        insert(caller == null ? null : caller.userId(), caller == null ? null : caller.clinicIdOrNull(),
                AuditAction.ACCESS_DENIED, targetType, targetId, detail, clientAddress());
    }

    /**
     * An event of a known or unknown person outside a signed-in call (sign-in, sign-out, links).
     * It joins the caller's transaction when there is one (a sign-in's last-login time and its
     * entry are one write), so that a sign-in holds one pooled connection, not two.
     */
    @Transactional
    public void event(Long userId, Long clinicId, AuditAction action, String targetType, Long targetId,
                      String detail, String clientAddress) {
        insert(userId, clinicId, action, targetType, targetId, detail,
                clientAddress == null ? clientAddress() : clientAddress);
    }

    private void insert(Long userId, Long clinicId, AuditAction action, String targetType, Long targetId,
                        String detail, String clientAddress) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, user_id, clinic_id, action, target_type, target_id,
                                                 client_address, detail)
                        values (:at, :userId, :clinicId, :action, :targetType, :targetId, :address, :detail)""")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("userId", userId, Types.BIGINT)
                .param("clinicId", clinicId, Types.BIGINT)
                .param("action", action.name(), Types.VARCHAR)
                .param("targetType", targetType, Types.VARCHAR)
                .param("targetId", targetId, Types.BIGINT)
                .param("address", truncate(clientAddress, ADDRESS_MAX_LENGTH), Types.VARCHAR)
                .param("detail", truncate(detail, DETAIL_MAX_LENGTH), Types.VARCHAR)
                .update();
    }

    /** The address of the request being served: the HTTP request, or Vaadin's when there is none. */
    public static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
