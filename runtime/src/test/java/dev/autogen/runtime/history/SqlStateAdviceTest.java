package dev.autogen.runtime.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlStateAdviceTest {
    private static final String PRIVILEGES = "may create and change tables";

    private static String advice(String state) {
        return SqlStateAdvice.of(state).orElseThrow(() -> new AssertionError("no advice for " + state));
    }

    @Test
    void onlyAPrivilegeErrorGetsThePrivilegeAdvice() {
        assertTrue(advice("42501").contains(PRIVILEGES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08003", "08006", "08001", "57P01", "57P02", "57P03"})
    void aLostOrClosedConnectionSaysSoAndToRunAgain(String state) {
        String advice = advice(state);

        assertTrue(advice.contains("connection to the server was lost") && advice.contains("Run the command again"),
                advice);
        assertFalse(advice.contains(PRIVILEGES), advice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42P05", "26000"})
    void preparedStatementTroubleNamesThePoolerAndTheWaysOut(String state) {
        String advice = advice(state);

        assertTrue(advice.contains("transaction mode") && advice.contains("prepareThreshold=0")
                && advice.contains("session mode") && advice.contains("direct URL"), advice);
    }

    @Test
    void eachOtherKnownStateGetsItsOwnAdvice() {
        assertTrue(advice("22001").contains("longer than its column"));
        assertTrue(advice("3F000").contains("schema"));
        assertTrue(advice("42P01").contains("--history-table"));
        assertTrue(advice("25006").contains("primary"));
        assertTrue(advice("53300").contains("max_connections"));
        assertTrue(advice("55P03").contains("pg_locks"));
        assertTrue(advice("57014").contains("statement_timeout"));
        assertTrue(advice("40P01").contains("Run the command again"));
        assertTrue(advice("40001").contains("Run the command again"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX000", "42601", "23505", ""})
    void anUnknownStateGetsNoAdvice(String state) {
        assertEquals(java.util.Optional.empty(), SqlStateAdvice.of(state));
        assertEquals(java.util.Optional.empty(), SqlStateAdvice.of(null));
    }
}
