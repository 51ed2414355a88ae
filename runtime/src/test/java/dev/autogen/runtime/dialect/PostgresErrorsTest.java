package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.ErrorClassifier.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL's SQL states, each to the kind the runtime asks about, and the advice that goes with them. */
class PostgresErrorsTest {
    private final ErrorClassifier errors = new PostgresDialect().errors();

    @ParameterizedTest
    @CsvSource({
            "28P01, AUTHENTICATION_FAILED", "28000, AUTHENTICATION_FAILED", "3D000, DATABASE_MISSING",
            "08006, CONNECTION_FAILURE", "08001, CONNECTION_FAILURE", "57P01, SESSION_ENDED", "57P02, SESSION_ENDED",
            "57P03, SESSION_ENDED", "55P03, LOCK_NOT_AVAILABLE", "40P01, DEADLOCK", "40001, SERIALIZATION_FAILURE",
            "57014, STATEMENT_CANCELLED", "42P07, RELATION_EXISTS", "42701, COLUMN_EXISTS", "42P06, SCHEMA_EXISTS",
            "42710, OBJECT_EXISTS", "42P01, UNDEFINED_RELATION", "42703, UNDEFINED_COLUMN", "3F000, UNDEFINED_SCHEMA",
            "42704, UNDEFINED_OBJECT", "42501, INSUFFICIENT_PRIVILEGE", "25006, READ_ONLY",
            "53300, TOO_MANY_CONNECTIONS", "22001, VALUE_TOO_LONG", "42601, OTHER", "53200, OTHER", "23505, OTHER"})
    void eachStateHasItsKind(String state, Kind kind) {
        assertEquals(kind, errors.classify(new SQLException("x", state)));
        assertTrue(errors.is(new SQLException("x", state), kind));
    }

    @Test
    void noStateIsOther() {
        assertEquals(Kind.OTHER, errors.classify(new SQLException("x")));
    }

    @ParameterizedTest
    @CsvSource({"08006, true", "08003, true", "57P01, true", "57P03, true", "55P03, false", "42501, false"})
    void theConnectionIsLostWhenItBrokeOrTheServerEndedTheSession(String state, boolean lost) {
        assertEquals(lost, errors.isConnectionLost(new SQLException("x", state)));
    }

    @Test
    void aNetworkFailureBelowTheDriverLosesTheConnectionWithoutAState() {
        assertTrue(errors.isConnectionLost(new SQLException("I/O", null, new IOException("reset"))));
        assertFalse(errors.isConnectionLost(new SQLException("x", null, new IllegalStateException())));
    }

    @Test
    void adviceNamesPostgresSettingsAndViews() {
        assertTrue(errors.advice(new SQLException("x", "55P03")).orElseThrow().contains("pg_locks"));
        assertTrue(errors.advice(new SQLException("x", "42P05")).orElseThrow().contains("prepareThreshold=0"));
        assertTrue(errors.advice(new SQLException("x", "57P01")).orElseThrow().contains("pg_terminate_backend"));
        assertEquals(Optional.empty(), errors.advice(new SQLException("x", "42601")));
        assertEquals(Optional.empty(), errors.advice(new SQLException("x")));
    }

    @Test
    void migrationAdviceNamesTheLimitOrFallsBackToFixingTheMigration() {
        assertTrue(errors.migrationAdvice(new SQLException("x", "53200")).contains("max_locks_per_transaction"));
        assertTrue(errors.migrationAdvice(new SQLException("x", "40P01")).contains("deadlocked"));
        assertEquals(ErrorClassifier.FIX_THE_MIGRATION, errors.migrationAdvice(new SQLException("x", "42601")));
    }

    @Test
    void theLockTimeoutOfLockWaitsIsTheClassifiersLockNotAvailable() {
        SQLException timeout = new SQLException("canceling statement due to lock timeout", "55P03");
        assertTrue(new PostgresDialect().lockWaits().isLockTimeout(timeout));
        assertFalse(new PostgresDialect().lockWaits().isLockTimeout(new SQLException("x", "57014")));
    }

    @Test
    void theStandardClassifierKnowsOnlyTheStandardsClassesAndGivesNoAdvice() {
        ErrorClassifier standard = ErrorClassifier.standard();
        assertEquals(Kind.CONNECTION_FAILURE, standard.classify(new SQLException("x", "08S01")));
        assertEquals(Kind.AUTHENTICATION_FAILED, standard.classify(new SQLException("x", "28000")));
        assertEquals(Kind.SERIALIZATION_FAILURE, standard.classify(new SQLException("x", "40001")));
        assertEquals(Kind.OTHER, standard.classify(new SQLException("x", "55P03")));
        assertEquals(Optional.empty(), standard.advice(new SQLException("x", "55P03")));
        assertEquals(ErrorClassifier.FIX_THE_MIGRATION, standard.migrationAdvice(new SQLException("x", "53200")));
    }

    @Test
    void aDialectWithoutItsOwnClassifierGetsTheStandardOne() {
        SqlDialect plain = new SqlDialect() {
            @Override
            public java.util.List<String> toSql(dev.autogen.runtime.ops.MigrationOperation operation) {
                return java.util.List.of();
            }

            @Override
            public LockAnalysis lockAnalysis() {
                return null;
            }

            @Override
            public String name() {
                return "plain";
            }
        };
        assertSame(ErrorClassifier.standard(), plain.errors());
    }
}
