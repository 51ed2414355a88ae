package dev.autogen.runtime;

import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the Migrator does when a migration, its class or the history table is wrong. */
@Tag("postgres")
class MigratorFailureTest {
    private static final String HISTORY_TABLE = "CREATE TABLE autogen_history (revision varchar(128) PRIMARY KEY,"
            + " parents varchar(2000) NOT NULL, description varchar(2000) NOT NULL, checksum varchar(64),"
            + " applied_by varchar(200) NOT NULL DEFAULT current_user,"
            + " applied_at timestamp with time zone NOT NULL DEFAULT now(), execution_ms bigint NOT NULL,"
            + " success boolean NOT NULL)";

    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private static Migrator migrator(String packageName) {
        return Migrator.configure().dataSource(db.dataSource()).migrationsPackage(packageName).load();
    }

    @Test
    void failingStatementRollsBackItsMigrationOnly() throws SQLException {
        Migrator migrator = migrator("dev.autogen.runtime.it.failing");

        AutogenException e = assertThrows(AutogenException.class, migrator::upgrade);

        assertEquals(ErrorCode.MIGRATION_FAILED, e.code());
        assertTrue(e.getMessage().contains("20240201_000002"), e.getMessage());
        assertTrue(e.getMessage().contains("CREATE TABLE widget"), e.getMessage());
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertFalse(db.exists("note"));
        assertTrue(db.exists("widget"));
        assertEquals(List.of("20240201_000001"), db.column("SELECT revision FROM autogen_history"));
        assertEquals(List.of("20240201_000001"), migrator.current());
    }

    @Test
    void failedRunCanBeRetriedAndFailsTheSameWay() throws SQLException {
        Migrator migrator = migrator("dev.autogen.runtime.it.failing");
        assertThrows(AutogenException.class, migrator::upgrade);

        AutogenException again = assertThrows(AutogenException.class, migrator::upgrade);

        assertEquals(ErrorCode.MIGRATION_FAILED, again.code());
        assertEquals(List.of("20240201_000001"), db.column("SELECT revision FROM autogen_history"));
    }

    @Test
    void throwingConstructorIsAMigrationLoadErrorAndNothingRuns() throws SQLException {
        Migrator migrator = migrator("dev.autogen.runtime.it.ctor");

        AutogenException e = assertThrows(AutogenException.class, migrator::upgrade);

        assertEquals(ErrorCode.MIGRATION_LOAD, e.code());
        assertTrue(e.getMessage().contains("20240301_000002"), e.getMessage());
        assertTrue(e.getMessage().contains("configuration missing"), e.getMessage());
        assertFalse(db.exists("gadget"));
        assertEquals(List.of(), migrator.current());
    }

    @Test
    void revisionThatNoMigrationDeclaresIsAHistoryMismatch() throws SQLException {
        Migrator migrator = migrator("dev.autogen.runtime.it.chain");
        migrator.upgrade();
        db.execute("INSERT INTO autogen_history (revision, parents, description, checksum, execution_ms, success)"
                + " VALUES ('19990101_000000', '', 'lost revision', NULL, 0, true)");

        for (Runnable call : List.<Runnable>of(migrator::upgrade, migrator::current, () -> migrator.downgrade("-1"))) {
            AutogenException e = assertThrows(AutogenException.class, call::run);

            assertEquals(ErrorCode.HISTORY_MISMATCH, e.code());
            assertTrue(e.getMessage().contains("19990101_000000"), e.getMessage());
        }
        assertTrue(db.exists("todo"));
    }

    @Test
    void stampWithPurgeUnknownRepairsAHistoryMismatch() throws SQLException {
        Migrator migrator = migrator("dev.autogen.runtime.it.chain");
        migrator.upgrade();
        db.execute("INSERT INTO autogen_history (revision, parents, description, checksum, execution_ms, success)"
                + " VALUES ('19990101_000000', '', 'lost revision', NULL, 0, true)");

        assertEquals(List.of("19990101_000000"), migrator.stamp(List.of("head"), Set.of()).keptUnknown());
        assertEquals(4, db.column("SELECT revision FROM autogen_history").size(), "a plain stamp keeps the row");

        migrator.stamp(List.of("head"), Set.of(StampResult.Option.PURGE_UNKNOWN));

        assertEquals(List.of("20240101_000003"), migrator.current());
        assertEquals(3, db.column("SELECT revision FROM autogen_history").size());
    }

    @Test
    void historyTableOfANewerFormatIsRefused() throws SQLException {
        db.execute(HISTORY_TABLE, "COMMENT ON TABLE autogen_history IS 'autogen history format 99'");
        Migrator migrator = migrator("dev.autogen.runtime.it.chain");

        AutogenException e = assertThrows(AutogenException.class, migrator::upgrade);

        assertEquals(ErrorCode.HISTORY_MISMATCH, e.code());
        assertTrue(e.getMessage().contains("newer autogen"), e.getMessage());
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertFalse(db.exists("todo_list"));
    }

    @Test
    void tableWithoutTheFormatCommentIsNotTakenOver() throws SQLException {
        db.execute(HISTORY_TABLE);
        Migrator migrator = migrator("dev.autogen.runtime.it.chain");

        AutogenException e = assertThrows(AutogenException.class, migrator::upgrade);

        assertEquals(ErrorCode.HISTORY_MISMATCH, e.code());
        assertTrue(e.getMessage().contains("autogen_history"), e.getMessage());
        assertFalse(db.exists("todo_list"));
    }

    @Test
    void unknownTargetIsReported() {
        Migrator migrator = migrator("dev.autogen.runtime.it.chain");

        AutogenException e = assertThrows(AutogenException.class, () -> migrator.upgrade("2023"));

        assertEquals(ErrorCode.UNKNOWN_TARGET, e.code());
        assertTrue(e.getMessage().contains("20240101_000001"), e.getMessage());
    }

    @Test
    void configurationWithoutDataSourceOrMigrationsIsRefused() {
        AutogenException noData = assertThrows(AutogenException.class,
                () -> Migrator.configure().migrationsPackage("dev.autogen.runtime.it.chain").load());
        AutogenException noMigrations = assertThrows(AutogenException.class,
                () -> Migrator.configure().dataSource(db.dataSource()).load());

        assertEquals(ErrorCode.CONFIGURATION, noData.code());
        assertEquals(ErrorCode.CONFIGURATION, noMigrations.code());
    }
}
