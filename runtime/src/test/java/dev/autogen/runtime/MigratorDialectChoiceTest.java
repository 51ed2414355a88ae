package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The choice of the migrator's dialect from the database's metadata, on connections that only describe themselves. */
class MigratorDialectChoiceTest {

    /** A connection whose metadata reports this URL and product; every other call fails. */
    private static Connection describing(String url, String product) {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(MigratorDialectChoiceTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getURL" -> url;
                    case "getDatabaseProductName" -> product;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (Connection) Proxy.newProxyInstance(MigratorDialectChoiceTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMetaData" -> metaData;
                    case "close" -> null;
                    case "isClosed" -> false;
                    default -> throw new SQLException("not supported in this test: " + method.getName());
                });
    }

    /** A data source that counts the connections asked of it and hands out describing ones. */
    private static final class Describing implements DataSource {
        final AtomicInteger opened = new AtomicInteger();
        private final String url;
        private final String product;

        Describing(String url, String product) {
            this.url = url;
            this.product = product;
        }

        @Override
        public Connection getConnection() {
            opened.incrementAndGet();
            return describing(url, product);
        }

        @Override
        public Connection getConnection(String user, String password) {
            return getConnection();
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
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    private static Migrator.Builder configured(DataSource dataSource) {
        return Migrator.configure().dataSource(dataSource).migrationSource(List::of);
    }

    @Test
    void theUrlChoosesTheDialectOnFirstUseAndLoadConnectsToNothing() {
        Describing dataSource = new Describing("jdbc:mariadb://127.0.0.1:3306/app?sslMode=disable", "MariaDB");
        Migrator migrator = configured(dataSource).load();
        assertEquals(0, dataSource.opened.get(), "load() opens no connection");

        assertEquals("mariadb", migrator.dialect().name());
        assertEquals("mariadb", migrator.dialect().name());
        assertEquals(1, dataSource.opened.get(), "the dialect is chosen once");
    }

    @Test
    void aWrappedUrlIsReadThroughItsWrapper() {
        assertEquals("postgresql", configured(new Describing("jdbc:p6spy:postgresql://db/app", "PostgreSQL"))
                .load().dialect().name());
    }

    @Test
    void theProductNameChoosesWhenTheUrlSaysNothing() {
        assertEquals("mariadb", configured(new Describing("jdbc:pool:primary", "MariaDB")).load().dialect().name());
        assertEquals("postgresql", configured(new Describing(null, "PostgreSQL")).load().dialect().name());
    }

    @Test
    void aDatabaseWithoutADialectIsRefusedNamingItAndTheSupportedOnes() {
        AutogenException refused = assertThrows(AutogenException.class,
                () -> configured(new Describing("jdbc:h2:mem:app", "H2")).load().upgrade());
        assertEquals(ErrorCode.CONFIGURATION, refused.code());
        assertTrue(refused.getMessage().contains("jdbc:h2:mem:app (H2)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("postgresql") && refused.getMessage().contains("mariadb"),
                refused.getMessage());

        AutogenException mysql = assertThrows(AutogenException.class,
                () -> configured(new Describing("jdbc:mysql://db/app", "MySQL")).load().dialect());
        assertEquals(ErrorCode.CONFIGURATION, mysql.code());
        assertTrue(mysql.getMessage().contains("jdbc:mysql://db/app (MySQL)"), mysql.getMessage());
    }

    @Test
    void aGivenDialectTheDatabaseContradictsIsRefusedNamingBoth() {
        AutogenException refused = assertThrows(AutogenException.class, () -> configured(
                new Describing("jdbc:mariadb://127.0.0.1:3306/app", "MariaDB")).dialect(new PostgresDialect()).load()
                .current());
        assertEquals(ErrorCode.DIALECT_MISMATCH, refused.code());
        assertTrue(refused.getMessage().contains("postgresql dialect") && refused.getMessage().contains("mariadb database"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("jdbc:mariadb://127.0.0.1:3306/app"), refused.getMessage());
    }

    @Test
    void aGivenDialectIsKeptWithoutAskingTheDatabase() {
        Describing dataSource = new Describing("jdbc:h2:mem:app", "H2");
        Migrator migrator = configured(dataSource).dialect(new MariaDbDialect()).load();
        assertEquals("mariadb", migrator.dialect().name());
        assertEquals(0, dataSource.opened.get());
    }

    @Test
    void aDialectIsNamedByNameOrAliasAndAnUnknownNameIsRefusedWithTheSupportedOnes() {
        Describing dataSource = new Describing("jdbc:h2:mem:app", "H2");
        assertEquals("mariadb", configured(dataSource).dialect("mariadb").load().dialect().name());
        assertEquals("postgresql", configured(dataSource).dialect(" PostgreSQL ").load().dialect().name());

        AutogenException unknown = assertThrows(AutogenException.class, () -> configured(dataSource).dialect("oracle"));
        assertEquals(ErrorCode.CONFIGURATION, unknown.code());
        assertTrue(unknown.getMessage().contains("'oracle'") && unknown.getMessage().contains("mariadb")
                && unknown.getMessage().contains("postgresql"), unknown.getMessage());
    }
}
