package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                DatabaseErrors.connectionFailed(new SQLException("bad password", "28P01"), url, "me", SecretMask.patternsOnly()).code());
        assertEquals(ErrorCode.DATABASE_MISSING,
                DatabaseErrors.connectionFailed(new SQLException("no such db", "3D000"), url, "me", SecretMask.patternsOnly()).code());
        assertEquals(ErrorCode.DATABASE_UNREACHABLE,
                DatabaseErrors.connectionFailed(new SQLException("refused", "08001"), url, "me", SecretMask.patternsOnly()).code());
        assertEquals(ErrorCode.DATABASE_UNREACHABLE, DatabaseErrors.connectionFailed(
                new SQLException("io", null, new ConnectException("refused")), url, "me", SecretMask.patternsOnly()).code());
        assertEquals(ErrorCode.DATABASE_ERROR,
                DatabaseErrors.connectionFailed(new SQLException("odd", "XX000"), url, "me", SecretMask.patternsOnly()).code());
        assertFalse(DatabaseErrors.connectionFailed(new SQLException("odd", "XX000"), url, "me", SecretMask.patternsOnly())
                .getMessage().contains("secret"));
    }

    @Test
    void theDriversTextIsMaskedToo() {
        String url = "jdbc:postgres://127.0.0.1:5432/db?password=s3cret";
        AutogenException e = DatabaseErrors.connectionFailed(new SQLException("No suitable driver found for " + url,
                "08001"), url, "me", SecretMask.of("s3cret"));

        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:postgresql://host:5432/database"), e.getMessage());

        AutogenException odd = DatabaseErrors.connectionFailed(new SQLException("server said pa55word", "XX000"),
                "jdbc:postgresql://db/app", "me", SecretMask.of("pa55word"));
        assertFalse(odd.getMessage().contains("pa55word"), odd.getMessage());
    }

    @Test
    void otherFailuresGetTheAdviceOfTheirStateOnly() {
        SecretMask mask = SecretMask.of("s3cret");
        String denied = DatabaseErrors.failed(new SQLException("ERROR: permission denied for schema public", "42501"),
                "working on autogen_history", mask).getMessage();
        String closed = DatabaseErrors.failed(new SQLException("This connection has been closed.", "08003"),
                "working on autogen_history", mask).getMessage();
        String tooLong = DatabaseErrors.failed(new SQLException("ERROR: value too long for type character varying(2000)",
                "22001"), "working on autogen_history", mask).getMessage();
        AutogenException unknown = DatabaseErrors.failed(new SQLException("ERROR: s3cret happened", "XX000"),
                "working on autogen_history", mask);

        assertTrue(denied.startsWith("Database error while working on autogen_history: ERROR: permission denied"), denied);
        assertTrue(denied.contains("may create and change tables"), denied);
        assertTrue(closed.contains("(SQL state 08003)") && closed.contains("connection to the server was lost"), closed);
        assertFalse(closed.contains("may create and change tables"), closed);
        assertTrue(tooLong.contains("longer than its column") && !tooLong.contains("may create"), tooLong);
        assertEquals(ErrorCode.DATABASE_ERROR, unknown.code());
        assertEquals("Database error while working on autogen_history: ERROR: *** happened (SQL state XX000).",
                unknown.getMessage());
    }
}
