package dev.autogen.runtime.deploy;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/** A data source that hands out another's connections, each adapted by {@link #wrap(Connection)}. */
abstract class WrappingDataSource implements DataSource {
    /** What runs instead of a connection's {@code close()}. */
    interface Closing {
        /** Releases the connection. */
        void close() throws SQLException;
    }

    private final DataSource base;

    WrappingDataSource(DataSource base) {
        this.base = base;
    }

    /** The data source whose connections this one hands out. */
    DataSource base() {
        return base;
    }

    /** Adapts a connection of the base data source before it is handed out. */
    abstract Connection wrap(Connection connection) throws SQLException;

    /** The connection, with {@code closing} run instead of its {@code close()}. */
    static Connection onClose(Connection connection, Closing closing) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        closing.close();
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(base.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(base.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return base.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        base.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        base.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return base.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return base.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return base.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return base.isWrapperFor(type);
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
