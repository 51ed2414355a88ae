package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.dialect.ErrorClassifier.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MariaDB's error numbers and SQL states, each to the kind the runtime asks about, and the advice for them. */
class MariaDbErrorsTest {
    private final ErrorClassifier errors = new MariaDbDialect().errors();

    private static SQLException error(int number, String state) {
        return new SQLException("x", state, number);
    }

    @ParameterizedTest
    @CsvSource({
            "1045, 28000, AUTHENTICATION_FAILED", "1049, 42000, DATABASE_MISSING", "2002, HY000, CONNECTION_FAILURE",
            "1927, 70100, SESSION_ENDED", "1053, 08S01, SESSION_ENDED", "1205, HY000, LOCK_NOT_AVAILABLE",
            "1213, 40001, DEADLOCK", "1969, 70100, STATEMENT_CANCELLED", "1317, 70100, STATEMENT_CANCELLED",
            "3024, HY000, STATEMENT_CANCELLED", "1050, 42S01, RELATION_EXISTS", "1061, 42000, RELATION_EXISTS",
            "1060, 42S21, COLUMN_EXISTS", "1007, HY000, SCHEMA_EXISTS", "1826, HY000, OBJECT_EXISTS",
            "1022, 23000, OBJECT_EXISTS", "1068, 42000, OBJECT_EXISTS", "1146, 42S02, UNDEFINED_RELATION",
            "1051, 42S02, UNDEFINED_RELATION", "4091, 42S02, UNDEFINED_RELATION", "1054, 42S22, UNDEFINED_COLUMN",
            "1008, HY000, UNDEFINED_SCHEMA", "1091, 42000, UNDEFINED_OBJECT", "1044, 42000, INSUFFICIENT_PRIVILEGE",
            "1142, 42000, INSUFFICIENT_PRIVILEGE", "1227, 42000, INSUFFICIENT_PRIVILEGE", "1290, HY000, READ_ONLY",
            "1792, 25006, READ_ONLY", "1040, 08004, TOO_MANY_CONNECTIONS", "1406, 22001, VALUE_TOO_LONG",
            "1064, 42000, OTHER", "1062, 23000, OTHER", "1005, HY000, OTHER", "0, 08000, CONNECTION_FAILURE",
            "0, 28000, AUTHENTICATION_FAILED", "0, 40001, SERIALIZATION_FAILURE", "0, 25006, READ_ONLY"})
    void eachNumberOrStateHasItsKind(int number, String state, Kind kind) {
        assertEquals(kind, errors.classify(error(number, state)));
    }

    @Test
    void aDuplicateForeignKeyNameIsOnlyThe1005WithErrno121() {
        assertEquals(Kind.OBJECT_EXISTS, errors.classify(new SQLException("Can't create table `d`.`t` (errno: 121"
                + " \"Duplicate key on write or update\")", "HY000", 1005)));
        assertEquals(Kind.OTHER, errors.classify(new SQLException("Can't create table `d`.`t` (errno: 150"
                + " \"Foreign key constraint is incorrectly formed\")", "HY000", 1005)));
    }

    @Test
    void theConnectionIsLostWhenItBrokeOrWasKilled() {
        assertTrue(errors.isConnectionLost(error(1927, "70100")));
        assertTrue(errors.isConnectionLost(error(0, "08000")));
        assertFalse(errors.isConnectionLost(error(1317, "70100")), "KILL QUERY leaves the connection");
        assertTrue(errors.isConnectionLost(new SQLException("I/O", null, 0, new IOException("reset"))));
        assertEquals(Kind.OTHER, errors.classify(new SQLException("x")));
    }

    @Test
    void adviceNamesMariaDbSettingsAndViews() {
        String lock = errors.advice(error(1205, "HY000")).orElseThrow();
        assertTrue(lock.contains("lock_wait_timeout") && lock.contains("innodb_lock_wait_timeout")
                && lock.contains("KILL <id>") && lock.contains("information_schema.PROCESSLIST")
                && lock.contains("METADATA_LOCK_INFO"), lock);
        assertTrue(errors.advice(error(1969, "70100")).orElseThrow().contains("max_statement_time"));
        assertTrue(errors.advice(error(1040, "08004")).orElseThrow().contains("max_connections"));
        assertTrue(errors.advice(error(1927, "70100")).orElseThrow().contains("KILL"));
        assertTrue(errors.advice(error(1142, "42000")).orElseThrow().contains("GRANT"));
        assertEquals(Optional.empty(), errors.advice(error(1064, "42000")));
        assertTrue(errors.migrationAdvice(error(1205, "HY000")).contains("lock_wait_timeout"));
        assertTrue(errors.migrationAdvice(error(1969, "70100")).contains("max_statement_time"));
        assertTrue(errors.migrationAdvice(error(1075, "42000")).contains("op.addPrimaryKey"));
        assertEquals(ErrorClassifier.FIX_THE_MIGRATION, errors.migrationAdvice(error(1064, "42000")));
        assertTrue(errors.whatEndsSessions().contains("KILL"));
    }
}
