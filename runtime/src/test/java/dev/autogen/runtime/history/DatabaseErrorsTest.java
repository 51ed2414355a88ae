package dev.autogen.runtime.history;

import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatabaseErrorsTest {
    @Test
    void maskUrlHidesPasswords() {
        assertEquals("jdbc:postgresql://db:5432/app?user=me&password=***&ssl=true",
                DatabaseErrors.maskUrl("jdbc:postgresql://db:5432/app?user=me&password=secret&ssl=true"));
        assertEquals("jdbc:postgresql://db/app?PASSWORD=***",
                DatabaseErrors.maskUrl("jdbc:postgresql://db/app?PASSWORD=secret"));
        assertEquals("postgresql://me:***@db:5432/app", DatabaseErrors.maskUrl("postgresql://me:secret@db:5432/app"));
        assertEquals("jdbc:postgresql://db:5432/app", DatabaseErrors.maskUrl("jdbc:postgresql://db:5432/app"));
        assertNull(DatabaseErrors.maskUrl(null));
    }

    @Test
    void failuresAreClassifiedBySqlState() {
        String url = "jdbc:postgresql://db/app?password=secret";
        assertEquals(ErrorCode.AUTHENTICATION_FAILED,
                DatabaseErrors.connectionFailed(new SQLException("bad password", "28P01"), url, "me").code());
        assertEquals(ErrorCode.DATABASE_MISSING,
                DatabaseErrors.connectionFailed(new SQLException("no such db", "3D000"), url, "me").code());
        assertEquals(ErrorCode.DATABASE_UNREACHABLE,
                DatabaseErrors.connectionFailed(new SQLException("refused", "08001"), url, "me").code());
        assertEquals(ErrorCode.DATABASE_UNREACHABLE, DatabaseErrors.connectionFailed(
                new SQLException("io", null, new ConnectException("refused")), url, "me").code());
        assertEquals(ErrorCode.DATABASE_ERROR,
                DatabaseErrors.connectionFailed(new SQLException("odd", "XX000"), url, "me").code());
        assertFalse(DatabaseErrors.connectionFailed(new SQLException("odd", "XX000"), url, "me")
                .getMessage().contains("secret"));
    }
}
