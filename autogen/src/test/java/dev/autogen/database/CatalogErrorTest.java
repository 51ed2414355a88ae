package dev.autogen.database;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure to read the catalog gets the advice of its SQL state, not a privilege hint. */
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
}
