package dev.autogen.dialect.mariadb;

import dev.autogen.database.DatabaseReader;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.SecretMask;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failed catalog read is explained by the errors of the reader's own database. */
class MariaDbCatalogReaderErrorsTest {
    /** A connection on which every call fails with PostgreSQL's "prepared statement already exists". */
    private static Connection failing() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    throw new SQLException("prepared statement \"S_1\" already exists", "42P05");
                });
    }

    @Test
    void mariaDbGivesNoPostgresAdvice() {
        AutogenException error = assertThrows(AutogenException.class, () -> new MariaDbCatalogReader(List.of(),
                "autogen_history", SecretMask.patternsOnly()).readCatalog(failing()));
        assertTrue(error.getMessage().contains("reading the MariaDB catalog"), error.getMessage());
        assertFalse(error.getMessage().contains("prepareThreshold"), error.getMessage());
    }

    @Test
    void postgresStillAdvisesOnItsPoolerError() {
        AutogenException error = assertThrows(AutogenException.class,
                () -> new DatabaseReader(List.of()).readCatalog(failing()));
        assertTrue(error.getMessage().contains("prepareThreshold"), error.getMessage());
    }
}
