package dev.autogen.runtime.testing;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Wraps a data source and records the SQL of every statement executed through its connections,
 * plain or prepared, so a test can count the round trips a piece of code makes. A hook may act
 * before each statement runs, for example to end the connection's session at a chosen point.
 */
public final class CountingDataSource implements DataSource {
    /** Called before a statement runs, with the real connection it runs on and its SQL. */
    @FunctionalInterface
    public interface BeforeExecute {
        void run(Connection connection, String sql) throws SQLException;
    }

    private final DataSource delegate;
    private final BeforeExecute hook;
    private final List<String> executed = new ArrayList<>();

    /** Wraps a data source. */
    public CountingDataSource(DataSource delegate) {
        this(delegate, (connection, sql) -> { });
    }

    /** Wraps a data source and calls the hook before each statement. */
    public CountingDataSource(DataSource delegate, BeforeExecute hook) {
        this.delegate = delegate;
        this.hook = hook;
    }

    /** The SQL of the statements executed so far, in order. */
    public synchronized List<String> executed() {
        return List.copyOf(executed);
    }

    /** Forgets the statements recorded so far. */
    public synchronized void reset() {
        executed.clear();
    }

    private synchronized void record(String sql) {
        executed.add(sql);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(delegate.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (method, args, proceed) -> {
            Object result = proceed.call();
            if (result instanceof Statement statement) {
                String preparedSql = method.getName().startsWith("prepare") && args != null ? (String) args[0] : null;
                Class<? extends Statement> type = method.getReturnType().asSubclass(Statement.class);
                return proxy(type, statement, (call, callArgs, callProceed) -> {
                    if (!call.getName().startsWith("execute")) {
                        return callProceed.call();
                    }
                    String sql = callArgs != null && callArgs.length > 0 && callArgs[0] instanceof String text
                            ? text : preparedSql;
                    hook.run(connection, sql);
                    Object executedResult = callProceed.call();
                    record(sql);
                    return executedResult;
                });
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Around around) {
        InvocationHandler handler = (self, method, args) -> around.apply(method, args, () -> {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @FunctionalInterface
    private interface Call {
        Object call() throws Throwable;
    }

    @FunctionalInterface
    private interface Around {
        Object apply(Method method, Object[] args, Call proceed) throws Throwable;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return delegate.isWrapperFor(iface);
    }
}
