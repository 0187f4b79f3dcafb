package com.stride.audit;

import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.vaadin.flow.server.VaadinRequest;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. A change is recorded in the transaction that makes it, so a change that
 * rolls back leaves no entry. A refusal must outlive the rollback it causes: refused inside a
 * transaction, it waits on the thread until the outermost service call is over and is then written
 * on its own ({@link #afterServiceCalls}), never in a second transaction beside the first, which
 * would hold two pooled connections at once: forty refused requests at once would exhaust the pool
 * (issue 14). Every transaction of the app starts at a Spring {@code @Transactional} service method,
 * which that advisor wraps; one started otherwise (a {@code TransactionTemplate}) must not refuse. Callers pass only ids, enum names and short fixed texts: never a password, a token or
 * free text a user typed.
 */
@Component
public class AuditLog {

    private static final int DETAIL_MAX_LENGTH = 200;
    private static final int ADDRESS_MAX_LENGTH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    /** Refusals noticed inside a transaction of this thread, not yet written; null when there are none. */
    private static final ThreadLocal<List<Entry>> PENDING = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * After every call of a transactional service, outside its transaction: writes the refusals
     * that the call recorded. Ordered first, so that it runs after the transaction has ended.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor afterServiceCalls(ObjectProvider<AuditLog> audit) {
        Pointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
        MethodInterceptor flush = invocation -> {
            try {
                return invocation.proceed();
            } finally {
                if (PENDING.get() != null && !TransactionSynchronizationManager.isActualTransactionActive()) {
                    audit.getObject().writePending();
                }
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, flush);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
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
    public void denied(String targetType, Long targetId, String detail) {
        CurrentUser caller = Caller.current().orElse(null);
        Entry entry = new Entry(caller == null ? null : caller.userId(), caller == null ? null : caller.clinicIdOrNull(),
                AuditAction.ACCESS_DENIED, targetType, targetId, detail, clientAddress(), clock.instant());
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            List<Entry> pending = PENDING.get();
            if (pending == null) {
                pending = new ArrayList<>();
                PENDING.set(pending);
            }
            pending.add(entry);
        } else {
            insert(entry);
        }
    }

    /**
     * Written one by one, each on its own: a failed write (the database gone) is logged and never
     * replaces what the service call itself threw or returned.
     */
    void writePending() {
        List<Entry> entries = PENDING.get();
        PENDING.remove();
        for (Entry entry : entries) {
            try {
                insert(entry);
            } catch (RuntimeException e) {
                LOG.error("Could not write the audit entry of a refusal: {}", entry, e);
            }
        }
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
        insert(new Entry(userId, clinicId, action, targetType, targetId, detail, clientAddress, clock.instant()));
    }

    private void insert(Entry entry) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, user_id, clinic_id, action, target_type, target_id,
                                                 client_address, detail)
                        values (:at, :userId, :clinicId, :action, :targetType, :targetId, :address, :detail)""")
                .param("at", java.sql.Timestamp.from(entry.at()))
                .param("userId", entry.userId(), Types.BIGINT)
                .param("clinicId", entry.clinicId(), Types.BIGINT)
                .param("action", entry.action().name(), Types.VARCHAR)
                .param("targetType", entry.targetType(), Types.VARCHAR)
                .param("targetId", entry.targetId(), Types.BIGINT)
                .param("address", truncate(entry.clientAddress(), ADDRESS_MAX_LENGTH), Types.VARCHAR)
                .param("detail", truncate(entry.detail(), DETAIL_MAX_LENGTH), Types.VARCHAR)
                .update();
    }

    /** One line of the trail, as it is written. */
    private record Entry(Long userId, Long clinicId, AuditAction action, String targetType, Long targetId,
                         String detail, String clientAddress, Instant at) {
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
