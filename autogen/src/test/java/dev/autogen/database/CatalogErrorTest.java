package dev.autogen.database;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failure to read the catalog gets the advice of its SQL state, not a privilege hint, and hides
 * the database's password.
 */
@Tag("postgres")
class CatalogErrorTest {
    @Test
    void aClosedConnectionSaysTheConnectionWasLost() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            Connection closed = database.connect();
            closed.close();

            AutogenException e = assertThrows(AutogenException.class,
                    () -> new DatabaseReader(List.of("public")).read(closed));

            assertEquals(ErrorCode.CONNECTION_LOST, e.code(), e.getMessage());
            assertTrue(e.getMessage().startsWith("Database error while reading the database catalog: "), e.getMessage());
            assertTrue(e.getMessage().contains("connection to the server was lost"), e.getMessage());
            assertFalse(e.getMessage().contains("may create and change tables"), e.getMessage());
        }
    }

    @Test
    void theDatabasesPasswordIsMaskedInTheMessage() {
        String password = "s3cret-Passw0rd";
        Connection failing = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    throw new SQLException("authentication for " + password + " failed", "08006");
                });

        AutogenException e = assertThrows(AutogenException.class,
                () -> new DatabaseReader(List.of(), "autogen_history", SecretMask.of(password)).read(failing));

        assertFalse(e.getMessage().contains(password), e.getMessage());
        assertTrue(e.getMessage().contains("***"), e.getMessage());
    }
}
