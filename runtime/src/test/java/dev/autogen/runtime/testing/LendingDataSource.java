package dev.autogen.runtime.testing;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * A data source that lends one connection each time it is asked, as a single-connection or
 * transaction-bound data source does, and connections that wrap a real one with a method replaced.
 */
public final class LendingDataSource {
    /** Replaces a method of the wrapped connection: returns its result, or calls {@code proceed}. */
    @FunctionalInterface
    public interface Around {
        Object apply(Method method, Object[] args, Call proceed) throws Throwable;
    }

    /** The wrapped connection's own method. */
    @FunctionalInterface
    public interface Call {
        Object call() throws Throwable;
    }

    private LendingDataSource() {
    }

    /** A data source whose {@code getConnection()} always returns the connection the supplier gives. */
    public static DataSource lending(Supplier<Connection> connection) {
        return proxy(DataSource.class, (self, method, args) -> {
            if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
            }
            return connection.get();
        });
    }

    /** A new wrapper of the connection whose methods go through {@code around}. */
    public static Connection wrap(Connection connection, Around around) {
        return proxy(Connection.class, (self, method, args) -> around.apply(method, args, () -> {
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(LendingDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
