package dev.autogen.runtime;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureAdviceTest {
    @Test
    void anExhaustedLockTableAsksForMoreLocksOrNoTransaction() {
        String advice = FailureAdvice.of(new SQLException("out of shared memory", "53200"));

        assertTrue(advice.contains("max_locks_per_transaction") && advice.contains("transactional = false")
                && advice.contains("split"), advice);
    }

    @Test
    void timeoutsAndDeadlocksPointAtTheOtherSessionOrTheSetting() {
        assertTrue(FailureAdvice.of(new SQLException("lock timeout", "55P03")).contains("pg_locks"));
        assertTrue(FailureAdvice.of(new SQLException("canceled", "57014")).contains("statement_timeout"));
        assertTrue(FailureAdvice.of(new SQLException("deadlock", "40P01")).contains("Run the command again"));
    }

    @Test
    void anythingElseIsTheMigrationsToFix() {
        assertEquals("Fix the migration, then run the command again.",
                FailureAdvice.of(new SQLException("syntax error", "42601")));
        assertEquals("Fix the migration, then run the command again.", FailureAdvice.of(new SQLException("x")));
    }
}
