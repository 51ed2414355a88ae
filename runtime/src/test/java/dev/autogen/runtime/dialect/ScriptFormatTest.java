package dev.autogen.runtime.dialect;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How psql scripts are spelled, and the SQL standard's spelling that a dialect without its own gets. */
class ScriptFormatTest {
    private final ScriptFormat psql = new PostgresDialect().scriptFormat();
    private final ScriptFormat standard = new ScriptFormat() {
    };

    @Test
    void psqlStopsAtTheFirstErrorAndReadsStringsTheStandardWay() {
        assertEquals(Optional.of("psql -v ON_ERROR_STOP=1 -f <this file>"), psql.howToRun());
        assertEquals("psql", psql.runner());
        assertEquals(List.of("SET standard_conforming_strings = on"), psql.setup());
    }

    @Test
    void psqlFramesTransactionsWithBeginAndCommit() {
        assertEquals("BEGIN;\n", psql.statement(psql.begin()));
        assertEquals("COMMIT;\n", psql.statement(psql.commit()));
        assertEquals("-- a note\n", psql.comment("a note"));
        assertEquals("DROP TABLE t;\n", psql.statement("DROP TABLE t"));
        assertTrue(psql.outsideTransaction().contains("DROP INDEX CONCURRENTLY"), psql.outsideTransaction());
    }

    @Test
    void psqlWritesHiddenCharactersAndBackslashesAsEscapeStrings() {
        assertEquals("'it''s'", psql.literal("it's"));
        assertEquals("E'a\\\\b'", psql.literal("a\\b"));
        assertEquals("E'one\\ntwo'", psql.literal("one\ntwo"));
    }

    @Test
    void theStandardFormatHasNoClientNorSetupAndStartsTransactions() {
        assertEquals(Optional.empty(), standard.howToRun());
        assertEquals(List.of(), standard.setup());
        assertEquals("START TRANSACTION;\n", standard.statement(standard.begin()));
        assertEquals("COMMIT;\n", standard.statement(standard.commit()));
        assertEquals("-- a note\n", standard.comment("a note"));
        assertEquals("'it''s'", standard.literal("it's"));
    }

    @Test
    void theStandardFormatRefusesTextItCannotWriteUnambiguously() {
        for (String text : List.of("a\\b", "one\ntwo", "bidi\u202Eoverride")) {
            AutogenException refused = assertThrows(AutogenException.class, () -> standard.literal(text));
            assertEquals(ErrorCode.CONFIGURATION, refused.code());
            assertTrue(refused.getMessage().contains("backslash or a hidden character"), refused.getMessage());
        }
    }

    @Test
    void aDialectWithoutItsOwnFormatGetsTheStandardOne() {
        SqlDialect plain = new SqlDialect() {
            @Override
            public List<String> toSql(dev.autogen.runtime.ops.MigrationOperation operation) {
                return List.of();
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
        assertEquals("START TRANSACTION", plain.scriptFormat().begin());
        assertEquals("the client", plain.scriptFormat().runner());
    }
}
