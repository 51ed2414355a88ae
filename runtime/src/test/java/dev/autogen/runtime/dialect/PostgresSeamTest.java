package dev.autogen.runtime.dialect;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.history.AdvisoryLock;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.ops.MigrationOperation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL's side of the runtime seam gives what the neutral history table and migrator ask for. */
class PostgresSeamTest {
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void postgresqlCanDoEverythingTheCapabilitiesName() {
        assertEquals(new DialectCapabilities(true, true, true, true), dialect.capabilities());
    }

    @Test
    void theIdentifiersAreThoseOfPostgresIdentifiers() {
        Identifiers names = dialect.identifiers();

        assertEquals("\"Order\"", names.quote("Order"));
        assertEquals("archive.\"select\"", names.quoteQualified("archive.select"));
        assertEquals("archive.task", names.qualify("archive", "task"));
        assertEquals("archive", names.schemaOf("archive.task"));
        assertEquals("task", names.nameOf("archive.task"));
        assertEquals("order", names.fold("ORDER"));
        assertEquals(63, names.maxLength());
        assertTrue(names.fits("x".repeat(63)) && !names.fits("x".repeat(64)));
        assertEquals("'it''s'", names.literal("it's"));
    }

    @Test
    void theHistoryRowsAreReadAndWrittenWithPlainSql() {
        HistorySql history = dialect.history();

        assertEquals("SELECT revision, NULL FROM t ORDER BY applied_at, revision", history.select("t", List.of("revision", "NULL")));
        assertEquals("INSERT INTO t (revision, parents) VALUES (?, ?)", history.insert("t", List.of("revision", "parents")));
        assertEquals("UPDATE t SET checksum = ?, verified_source = ? WHERE revision = ?",
                history.update("t", List.of("checksum", "verified_source"), "revision = ?"));
        assertEquals("DELETE FROM t WHERE revision = ?", history.delete("t"));
        assertEquals("COMMENT ON TABLE t IS 'autogen history format 1'", history.commentStatement("t", "autogen history format 1"));
    }

    @Test
    void theMigrationLockIsTheAdvisoryLock() {
        MigrationLock lock = dialect.migrationLock(new HistoryLocation("public", "autogen_history"), "autogen_history",
                Duration.ofSeconds(3));

        assertInstanceOf(AdvisoryLock.class, lock);
        assertEquals(Duration.ofSeconds(3), lock.timeout());
    }

    @Test
    void aDialectThatOnlyRendersIsNotTakenForOneThatMigrates() {
        SqlDialect renderOnly = new SqlDialect() {
            @Override
            public List<String> toSql(MigrationOperation operation) {
                return List.of();
            }

            @Override
            public LockAnalysis lockAnalysis() {
                return null;
            }

            @Override
            public String name() {
                return "render-only";
            }
        };

        AutogenException error = assertThrows(AutogenException.class, renderOnly::history);

        assertEquals(ErrorCode.INTERNAL, error.code());
        assertTrue(error.getMessage().contains("render-only") && error.getMessage().contains("history()"),
                error.getMessage());
    }
}
