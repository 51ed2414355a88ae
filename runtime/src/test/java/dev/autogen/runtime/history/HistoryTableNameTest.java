package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An empty history table name is a configuration error, not SQL that names the table {@code ""}. */
class HistoryTableNameTest {
    @Test
    void anEmptyOrBlankNameIsRefused() {
        for (String name : new String[] {"", "  "}) {
            AutogenException error = assertThrows(AutogenException.class, () -> new HistoryTable(name));

            assertEquals(ErrorCode.CONFIGURATION, error.code());
            assertTrue(error.getMessage().contains("--history-table"), error.getMessage());
        }
    }
}
