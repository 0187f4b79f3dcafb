package com.stride.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, to prove that a view or service issues the same
 * number of statements whatever the data size. Wraps the DataSource of integration tests.
 */
public final class StatementCounter {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

    private StatementCounter() {
    }

    public static void reset() {
        COUNT.set(0);
    }

    public static int count() {
        return COUNT.get();
    }

    /** The number of statements the action sends. */
    public static int countDuring(Runnable action) {
        reset();
        action.run();
        return count();
    }

    static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? countingConnection(connection) : result;
                });
    }

    private static Connection countingConnection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENT_METHODS.contains(method.getName())) {
                        COUNT.incrementAndGet();
                    }
                    Object result = invoke(target, method, args);
                    return recording != null && method.getName().equals("prepareStatement")
                            && result instanceof PreparedStatement statement
                            ? recordingStatement(statement, (String) args[0]) : result;
                });
    }

    /** A statement the application ran, with the parameters it bound, to be replayed (for example under EXPLAIN). */
    public record Recorded(String sql, List<Binding> bindings) {
    }

    /** One setter call on a prepared statement: {@code setLong(1, 42)}. */
    public record Binding(java.lang.reflect.Method setter, Object[] args) {
    }

    private static volatile List<Recorded> recording;

    /** The statements the action prepared and ran, in order. */
    public static List<Recorded> recordDuring(Runnable action) {
        List<Recorded> statements = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        recording = statements;
        try {
            action.run();
        } finally {
            recording = null;
        }
        return List.copyOf(statements);
    }

    private static PreparedStatement recordingStatement(PreparedStatement target, String sql) {
        List<Binding> bindings = new java.util.ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                        bindings.add(new Binding(method, args.clone()));
                    } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                        List<Recorded> statements = recording;
                        if (statements != null) {
                            statements.add(new Recorded(sql, List.copyOf(bindings)));
                        }
                    } else if (name.equals("clearParameters")) {
                        bindings.clear();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Imported by {@link IntegrationTest}: every integration test's DataSource counts statements. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))
                            ? counting(dataSource) : bean;
                }
            };
        }
    }
}
