package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.DialectCapabilities;
import dev.autogen.runtime.dialect.Identifiers;
import dev.autogen.runtime.dialect.PlannedStatement;
import dev.autogen.runtime.dialect.SqlDialects;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.ExecuteSql;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MariaDB's side of the runtime seam: capabilities, names, history SQL, lock names, plan and registry. */
class MariaDbSeamTest {
    private final MariaDbDialect dialect = new MariaDbDialect();

    @Test
    void ddlIsNotTransactionalAndConstraintsAreNotRenamed() {
        assertEquals(new DialectCapabilities(false, true, true, false), dialect.capabilities());
    }

    @Test
    void theIdentifiersQuoteWithBackticksAndKeep64Characters() {
        Identifiers names = dialect.identifiers();

        assertEquals("`Order`", names.quote("Order"));
        assertEquals("`archive`.`select`", names.quoteQualified("archive.select"));
        assertEquals("archive.task", names.qualify("archive", "task"));
        assertEquals("archive", names.schemaOf("archive.task"));
        assertEquals("task", names.nameOf("archive.task"));
        assertEquals("ORDER", names.fold("ORDER"));
        assertEquals(64, names.maxLength());
        assertTrue(names.fits("é".repeat(64)) && !names.fits("x".repeat(65)));
        assertEquals("'it''s \\\\'", names.literal("it's \\"));
    }

    @Test
    void theHistoryTableIsCreatedInMariaDbTypesWithItsFormatInTheComment() {
        String create = dialect.history().createStatements("`autogen_history`", "autogen history format 1").get(0);

        assertTrue(create.startsWith("CREATE TABLE IF NOT EXISTS `autogen_history` ("), create);
        assertTrue(create.contains("applied_at datetime(6) NOT NULL DEFAULT current_timestamp(6)"), create);
        assertTrue(create.endsWith(") COMMENT='autogen history format 1'"), create);
        assertTrue(dialect.history().addOptionalColumnsStatement("`h`").contains("ADD COLUMN IF NOT EXISTS dialect varchar(30)"));
    }

    @Test
    void aQuotedNameSplitsIntoDatabaseAndTable() {
        assertEquals(List.of("app", "autogen`history"), MariaDbHistorySql.parts("`app`.`autogen``history`"));
        assertEquals(List.of("a.b"), MariaDbHistorySql.parts("`a.b`"));
    }

    @Test
    void theLockNamesAreKeyedByDatabaseAndTableAndHashedBeyond64Characters() {
        HistoryLocation location = new HistoryLocation("app", "autogen_history");
        MariaDbMigrationLock lock = assertInstanceOf(MariaDbMigrationLock.class,
                dialect.migrationLock(location, "autogen_history", java.time.Duration.ofSeconds(1)));

        assertEquals("autogen:app.autogen_history", lock.name());
        assertEquals("autogen-running:app.autogen_history", lock.runningName());
        String longName = MariaDbMigrationLock.nameOf("autogen:", new HistoryLocation("d".repeat(40), "t".repeat(40)));
        assertEquals(64, longName.length());
        assertTrue(longName.startsWith("autogen:"), longName);
        assertNotEquals(longName, MariaDbMigrationLock.nameOf("autogen:", new HistoryLocation("d".repeat(40), "t".repeat(41))));
    }

    @Test
    void everyStatementCommitsAfterIt() {
        List<PlannedStatement> plan = dialect.plan(new ExecuteSql("SELECT 1", null));

        assertEquals(List.of(new PlannedStatement("SELECT 1", PlannedStatement.Execution.COMMIT_AFTER)), plan);
        assertEquals(PlannedStatement.Execution.COMMIT_AFTER, dialect.plan(new DropTable("t", null)).get(0).execution());
    }

    @Test
    void theRegistryTakesMariaDbUrlsAndTheName() {
        assertEquals("mariadb", SqlDialects.forUrl("jdbc:mariadb://db:3306/app").orElseThrow().name());
        assertEquals("mariadb", SqlDialects.named("MariaDB").orElseThrow().name());
        assertTrue(SqlDialects.forUrl("jdbc:mysql://db/app").isEmpty());
        assertEquals("postgresql", SqlDialects.reference().name());
    }
}
