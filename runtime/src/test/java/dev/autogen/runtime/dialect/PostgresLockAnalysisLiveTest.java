package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.PlannedStatement.Execution;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lock table checked against a real PostgreSQL: each statement of each operation runs in a
 * transaction, and {@code pg_locks} must show exactly the strongest mode the analysis names on each
 * table it names, and the table's file node must change exactly when the analysis says it rewrites.
 */
@Tag("postgres")
class PostgresLockAnalysisLiveTest {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perClass().emptiedBeforeEach();

    private static final ForeignKeyDef FK = new ForeignKeyDef("fk_todo_list", List.of("list_id"), "todo_list",
            List.of("id"), null);
    private final PostgresDialect dialect = new PostgresDialect();

    @BeforeEach
    void fixture() throws SQLException {
        db.execute("CREATE TABLE todo_list (id bigint PRIMARY KEY, name varchar(50))",
                "CREATE TABLE todo (id integer NOT NULL, list_id bigint, title varchar(50), due date, price numeric(10,2),"
                        + " priority integer, CONSTRAINT todo_pkey PRIMARY KEY (id), CONSTRAINT ck CHECK (priority >= 0),"
                        + " CONSTRAINT fk_old FOREIGN KEY (list_id) REFERENCES todo_list (id))",
                "CREATE INDEX ix ON todo (title)",
                "INSERT INTO todo_list VALUES (1, 'home')",
                "INSERT INTO todo SELECT g, 1, 't' || g, DATE '2026-01-01', g, g FROM generate_series(1, 50) g");
    }

    @Test
    void everyStatementTakesTheLockTheAnalysisNamesAndRewritesOnlyWhenItSays() throws SQLException {
        List<MigrationOperation> operations = List.of(
                new AddColumn("todo", ColumnDef.of("note", "text")),
                new AddColumn("todo", ColumnDef.of("done", "boolean").notNull().backfill("false")),
                new AddColumn("todo", ColumnDef.of("uid", "uuid").defaultValue("gen_random_uuid()")),
                new AddColumn("todo", ColumnDef.of("n", "bigint").notNull().generatedByDefaultAsIdentity()),
                new DropColumn("todo", "price", null),
                new AlterColumnType("todo", "priority", "bigint", "integer", null, null),
                new AlterColumnType("todo", "title", "varchar(100)", "varchar(50)", null, null),
                new AlterColumnType("todo", "title", "text", "varchar(50)", null, null),
                new AlterColumnType("todo", "price", "numeric(12,2)", "numeric(10,2)", null, null),
                new AlterColumnType("todo", "price", "numeric(12,3)", "numeric(10,2)", null, null),
                new AlterColumnNullability("todo", "due", false, null),
                new AlterColumnNullability("todo", "title", false, "'x'"),
                new AlterColumnNullability("todo", "priority", true, null),
                new AlterColumnDefault("todo", "due", "CURRENT_DATE", null),
                new AddIdentity("todo", "id", Identity.BY_DEFAULT),
                new AddCheck("todo", new CheckDef("ck2", "priority < 1000")),
                new AddCheck("todo", new CheckDef("ck2", "priority < 1000"), true),
                new DropCheck("todo", "ck", null),
                new AddUnique("todo", new UniqueDef("uk", List.of("title"))),
                new CreateIndex("todo", new IndexDef("ix2", List.of("due"), false)),
                new DropIndex("todo", "ix", null),
                new RenameIndex("todo", "ix", "ix_renamed"),
                new AddForeignKey("todo", FK),
                new AddForeignKey("todo", FK, true),
                new DropForeignKey("todo", "fk_old", new ForeignKeyDef("fk_old", List.of("list_id"), "todo_list",
                        List.of("id"), null)),
                new ValidateConstraint("todo", "fk_old"),
                new SetNotNullViaCheck("todo", "due", "CURRENT_DATE"),
                new AddUniqueUsingIndex("todo", new UniqueDef("uk", List.of("title"))),
                new AlterColumnComment("todo", "due", "when", null),
                new AlterTableComment("todo", "to-dos", null),
                new RenameColumn("todo", "due", "due_at"),
                new RenameTable("todo", "task"),
                new ExecuteSql("UPDATE todo SET priority = priority + 1", null),
                new ExecuteSql("DELETE FROM todo WHERE id > 40", null),
                new DropTable("todo", null));
        for (MigrationOperation operation : operations) {
            check(operation);
            db.reset();
            fixture();
        }
    }

    private void check(MigrationOperation operation) throws SQLException {
        OperationLocks analysed = dialect.lockAnalysis().analyse(List.of(operation), true).operations().get(0);
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            Map<String, LockMode> expected = new HashMap<>();
            for (StatementLocks step : analysed.statements()) {
                connection.setAutoCommit(step.execution() == Execution.OUTSIDE_TRANSACTION);
                long before = fileNode(statement);
                Map<String, Long> oids = new HashMap<>();
                for (TableLock lock : step.locks()) {
                    oids.put(lock.table(), oid(statement, lock.table()));
                }
                statement.execute(step.sql());
                for (TableLock lock : step.locks()) {
                    expected.merge(lock.table(), lock.mode(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
                if (step.execution() != Execution.OUTSIDE_TRANSACTION) {
                    for (TableLock lock : step.locks()) {
                        assertEquals(expected.get(lock.table()), strongestHeld(statement, oids.get(lock.table())),
                                operation.describe() + ": " + step.sql() + " on " + lock.table());
                    }
                }
                long after = fileNode(statement);
                if (after != 0) {
                    assertEquals(step.work() == TableWork.REWRITE, after != before,
                            operation.describe() + ": " + step.sql() + " rewrites");
                }
                if (step.execution() != Execution.IN_TRANSACTION) {
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                    expected.clear();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }

    private static long fileNode(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT coalesce(pg_relation_filenode(to_regclass('todo')), 0)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long oid(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT to_regclass('" + PostgresIdentifiers.quoteQualified(table)
                + "')::oid")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static LockMode strongestHeld(Statement statement, long oid) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT mode FROM pg_locks WHERE pid = pg_backend_pid()"
                + " AND locktype = 'relation' AND granted AND relation = " + oid)) {
            LockMode strongest = null;
            while (rows.next()) {
                LockMode mode = fromCatalog(rows.getString(1));
                strongest = strongest == null || mode.compareTo(strongest) > 0 ? mode : strongest;
            }
            return strongest;
        }
    }

    private static LockMode fromCatalog(String name) {
        for (LockMode mode : LockMode.values()) {
            if (mode.catalogName().equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(name.toUpperCase(Locale.ROOT));
    }
}
