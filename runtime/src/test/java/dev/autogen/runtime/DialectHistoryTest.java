package dev.autogen.runtime;

import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history records the dialect that wrote each row; a table made before the column gets it in place,
 * and a migration or a history of another dialect is refused before anything runs.
 */
@Tag("postgres")
class DialectHistoryTest {
    private static final String HISTORY_WITHOUT_DIALECT = "CREATE TABLE autogen_history (revision varchar(128)"
            + " PRIMARY KEY, parents varchar(2000) NOT NULL, description varchar(2000) NOT NULL, checksum varchar(100),"
            + " applied_by varchar(200) NOT NULL DEFAULT current_user, applied_at timestamp with time zone NOT NULL"
            + " DEFAULT now(), execution_ms bigint NOT NULL, success boolean NOT NULL, verified_source varchar(100),"
            + " completed_statements integer, statements_checksum varchar(100))";
    private static final String FORMAT_COMMENT = "COMMENT ON TABLE autogen_history IS 'autogen history format 1'";

    private TestDatabase db;

    @BeforeEach
    void createDatabase() throws SQLException {
        db = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Revision(id = "20300101_000001", message = "create one")
    public static final class CreateOne implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("one", column("id", "integer"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("one");
        }
    }

    @Revision(id = "20300101_000002", parents = "20300101_000001", message = "create two")
    public static final class CreateTwo implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("two", column("id", "integer"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("two");
        }
    }

    @Revision(id = "20300101_000001", message = "create one on mariadb", dialect = "mariadb")
    public static final class CreateOneOnMariaDb implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("one", column("id", "integer"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("one");
        }
    }

    private Migrator migrator(Class<?>... migrations) {
        return Migrator.configure().dataSource(db.dataSource()).migrations(Arrays.asList(migrations)).load();
    }

    @Test
    void newRowsNameTheirDialect() throws SQLException {
        migrator(CreateOne.class).upgrade();

        assertEquals(List.of("postgresql"), db.column("SELECT dialect FROM autogen_history"));
    }

    @Test
    void aTableWithoutTheColumnGetsItInPlaceAndKeepsItsRows() throws SQLException {
        db.execute(HISTORY_WITHOUT_DIALECT, FORMAT_COMMENT, "CREATE TABLE one (id integer)");
        db.execute("INSERT INTO autogen_history (revision, parents, description, checksum, execution_ms, success)"
                + " VALUES ('20300101_000001', '', 'create one', NULL, 1, true)");
        migrator(CreateOne.class, CreateTwo.class).repair();

        assertEquals(1, migrator(CreateOne.class, CreateTwo.class).upgrade().revisions().size());

        assertEquals(List.of(List.of("20300101_000001", "<null>"), List.of("20300101_000002", "postgresql")),
                db.query("SELECT revision, coalesce(dialect, '<null>') FROM autogen_history ORDER BY revision"));
        assertTrue(db.exists("two"));
    }

    @Test
    void theOldestLayoutGetsEveryOptionalColumnInOneStatement() throws SQLException {
        db.execute("CREATE TABLE autogen_history (revision varchar(128) PRIMARY KEY, parents varchar(2000) NOT NULL,"
                + " description varchar(2000) NOT NULL, checksum varchar(100), applied_by varchar(200) NOT NULL DEFAULT"
                + " current_user, applied_at timestamp with time zone NOT NULL DEFAULT now(), execution_ms bigint NOT"
                + " NULL, success boolean NOT NULL)", FORMAT_COMMENT);

        migrator(CreateOne.class).upgrade();

        assertEquals(List.of("verified_source", "completed_statements", "statements_checksum", "dialect",
                        "completed_checksum"),
                db.column("SELECT column_name::text FROM information_schema.columns WHERE table_name = 'autogen_history'"
                        + " AND ordinal_position > 8 ORDER BY ordinal_position"));
        assertEquals(List.of("postgresql"), db.column("SELECT dialect FROM autogen_history"));
    }

    @Test
    void aHistoryWrittenByAnotherDialectIsRefusedAndNothingRuns() throws SQLException {
        migrator(CreateOne.class).upgrade();
        db.execute("UPDATE autogen_history SET dialect = 'mariadb'");

        AutogenException error = assertThrows(AutogenException.class,
                () -> migrator(CreateOne.class, CreateTwo.class).upgrade());

        assertEquals(ErrorCode.DIALECT_MISMATCH, error.code());
        assertTrue(error.getMessage().contains("autogen_history") && error.getMessage().contains("20300101_000001")
                && error.getMessage().contains("mariadb") && error.getMessage().contains("postgresql")
                && error.getMessage().contains("--history-table"), error.getMessage());
        assertFalse(db.exists("two"));
        assertEquals(ErrorCode.DIALECT_MISMATCH, assertThrows(AutogenException.class,
                () -> migrator(CreateOne.class).current()).code());
    }

    @Test
    void aMigrationGeneratedForAnotherDialectIsRefusedBeforeItRuns() throws SQLException {
        AutogenException error = assertThrows(AutogenException.class,
                () -> migrator(CreateOneOnMariaDb.class).upgrade());

        assertEquals(ErrorCode.DIALECT_MISMATCH, error.code());
        assertTrue(error.getMessage().contains("20300101_000001") && error.getMessage().contains("mariadb dialect")
                && error.getMessage().contains("postgresql dialect") && error.getMessage().contains("--url"),
                error.getMessage());
        assertFalse(db.exists("one"));
        assertEquals(List.of(), db.column("SELECT revision FROM autogen_history"));
        assertEquals(ErrorCode.DIALECT_MISMATCH, assertThrows(AutogenException.class,
                () -> migrator(CreateOneOnMariaDb.class).upgradeSql("base", "head")).code());
    }

    @Test
    void postgresqlCreatesTheHistoryWithTheDialectColumnLast() {
        assertEquals(List.of("CREATE TABLE IF NOT EXISTS autogen_history (\n"
                        + "    revision varchar(128) PRIMARY KEY,\n"
                        + "    parents varchar(2000) NOT NULL,\n"
                        + "    description varchar(2000) NOT NULL,\n"
                        + "    checksum varchar(100),\n"
                        + "    applied_by varchar(200) NOT NULL DEFAULT current_user,\n"
                        + "    applied_at timestamp with time zone NOT NULL DEFAULT now(),\n"
                        + "    execution_ms bigint NOT NULL,\n"
                        + "    success boolean NOT NULL,\n"
                        + "    verified_source varchar(100),\n"
                        + "    completed_statements integer,\n"
                        + "    statements_checksum varchar(100),\n"
                        + "    dialect varchar(30),\n"
                        + "    completed_checksum varchar(100)\n"
                        + ")", "COMMENT ON TABLE autogen_history IS 'autogen history format 1'"),
                new HistoryTable(HistoryTable.DEFAULT_NAME).createStatements());
        assertEquals("ALTER TABLE autogen_history ADD COLUMN IF NOT EXISTS verified_source varchar(100),"
                        + " ADD COLUMN IF NOT EXISTS completed_statements integer,"
                        + " ADD COLUMN IF NOT EXISTS statements_checksum varchar(100),"
                        + " ADD COLUMN IF NOT EXISTS dialect varchar(30),"
                        + " ADD COLUMN IF NOT EXISTS completed_checksum varchar(100)",
                new HistoryTable(HistoryTable.DEFAULT_NAME).addOptionalColumnsStatement());
    }
}
