package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SessionControl;
import dev.autogen.runtime.dialect.SqlDialects;
import dev.autogen.runtime.history.DatabaseErrors;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A minimal {@link DataSource} over {@link DriverManager}, for tools that are given a JDBC URL.
 * Applications pass their own pooled data source to {@link Migrator} instead. A connection gets the
 * properties of the URL's dialect ({@link SessionControl#connectionProperties}); for PostgreSQL that is
 * {@code prepareThreshold=0}, never naming a prepared statement on the server, which a pooler in
 * transaction mode such as PgBouncer cannot follow. A property set in the URL wins.
 */
public final class UrlDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;

    /** A data source for the URL; user and password may be {@code null}. */
    public UrlDataSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The JDBC URL. */
    public String url() {
        return url;
    }

    /** The user name, or {@code null}. */
    public String user() {
        return user;
    }

    /** Hides this data source's password, and any password in a URL, in text for people. */
    public SecretMask mask() {
        return SecretMask.of(password);
    }

    /** The same user and password for another URL, for runs over several databases. */
    public UrlDataSource withUrl(String otherUrl) {
        return new UrlDataSource(otherUrl, user, password);
    }

    @Override
    public String toString() {
        return DatabaseErrors.maskUrl(url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        JdbcUrls.requireSupported(url);
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "autogen");
        SqlDialects.forUrl(url)
                .ifPresent(dialect -> properties.putAll(dialect.sessionControl().connectionProperties()));
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return new UrlDataSource(url, username, pass).getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
