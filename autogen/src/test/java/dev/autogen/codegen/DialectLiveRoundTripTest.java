package dev.autogen.codegen;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The live side of {@link DialectRoundTripTest}: each table, column, index, constraint, sequence and view
 * operation runs on a fresh database of each dialect, its SQL as that dialect's runtime renderer writes it,
 * then its reverse, without an SQL error. Each case is a fixture (operations the dialect also renders, so
 * the table is table-driven and not spelled per dialect) and the operation under test; an operation the
 * dialect refuses is skipped here, since {@link DialectRoundTripTest} pins the refusals. Left out: enum
 * types and renaming constraints (MariaDB refuses them; PostgreSQL's are covered by the other live tests),
 * identity changes, the lock-safe forms ({@code CONCURRENTLY}, {@code NOT VALID}, {@code USING INDEX}),
 * {@code setNotNullViaCheck}, generated columns, schemas and {@code execute}.
 */
class DialectLiveRoundTripTest {
    /** Made on the first case of its dialect, so that a run of one tag needs only that server. */
    private static TestDatabase postgres;
    private static MariaDbTestDatabase mariaDb;

    private static final ColumnDef ID = new ColumnDef("id", "bigint", false, null, Identity.NONE, null, null);
    private static final ColumnDef CODE = new ColumnDef("code", "varchar(20)", true, null, Identity.NONE, null, null);
    private static final ColumnDef RANK = new ColumnDef("rank", "integer", true, "0", Identity.NONE, null, "position");
    private static final ColumnDef LIST_ID = new ColumnDef("list_id", "bigint", true, null, Identity.NONE, null, null);
    private static final TableDef TODO_LIST = new TableDef("todo_list", List.of(ID), new PrimaryKeyDef(null,
            List.of("id")), List.of(), List.of());
    private static final TableDef TODO = new TableDef("todo", List.of(ID, CODE, RANK, LIST_ID),
            new PrimaryKeyDef(null, List.of("id")), List.of(), List.of());
    private static final TableDef KEYLESS = new TableDef("todo", List.of(ID, CODE), null, List.of(), List.of());
    private static final UniqueDef UNIQUE = new UniqueDef("uk_todo_code", List.of("code"));
    private static final CheckDef CHECK = new CheckDef("ck_todo_rank", "rank >= 0");
    private static final IndexDef INDEX = new IndexDef("ix_todo_rank", List.of("rank", "code"), false,
            List.of(false, true));
    private static final ForeignKeyDef FOREIGN_KEY = new ForeignKeyDef("fk_todo_list", List.of("list_id"),
            "todo_list", List.of("id"), ForeignKeyAction.CASCADE);
    private static final SequenceDef SEQUENCE = new SequenceDef("todo_seq", 1, 50);
    private static final ViewDef VIEW = new ViewDef("open_todo", "SELECT id, code FROM todo");

    /** A fixture and the operation run on it. */
    record Case(String name, List<MigrationOperation> fixture, MigrationOperation operation) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<MigrationOperation> tables = List.of(new CreateTable(TODO_LIST), new CreateTable(TODO));
        List<MigrationOperation> withUnique = with(tables, new AddUnique("todo", UNIQUE));
        List<MigrationOperation> withCheck = with(tables, new AddCheck("todo", CHECK));
        List<MigrationOperation> withIndex = with(tables, new CreateIndex("todo", INDEX));
        List<MigrationOperation> withForeignKey = with(tables, new AddForeignKey("todo", FOREIGN_KEY));
        List<MigrationOperation> withSequence = List.of(new CreateSequence(SEQUENCE, null));
        return Stream.of(
                new Case("createTable", List.of(new CreateTable(TODO_LIST)), new CreateTable(TODO)),
                new Case("dropTable", tables, new DropTable("todo", TODO)),
                new Case("renameTable", tables, new RenameTable("todo", "task")),
                new Case("alterTableComment", tables, new AlterTableComment("todo", "to do", null)),
                new Case("addColumn", tables, new AddColumn("todo", new ColumnDef("note", "varchar(40)", false,
                        "'none'", Identity.NONE, null, "a note"))),
                new Case("dropColumn", tables, new DropColumn("todo", "rank", RANK)),
                new Case("renameColumn", tables, new RenameColumn("todo", "code", "label")),
                new Case("alterColumnType", tables, new AlterColumnType("todo", "rank", "bigint", "integer", null,
                        null, RANK)),
                new Case("alterColumnNullability", tables, new AlterColumnNullability("todo", "code", false, "''",
                        CODE)),
                new Case("alterColumnDefault", tables, new AlterColumnDefault("todo", "code", "'x'", null, CODE)),
                new Case("alterColumnComment", tables, new AlterColumnComment("todo", "rank", "the rank", "position",
                        RANK)),
                new Case("addPrimaryKey", List.of(new CreateTable(KEYLESS)), new AddPrimaryKey("todo",
                        new PrimaryKeyDef("todo_pkey", List.of("id")))),
                new Case("dropPrimaryKey", tables, new DropPrimaryKey("todo", "todo_pkey",
                        new PrimaryKeyDef("todo_pkey", List.of("id")))),
                new Case("addUnique", tables, new AddUnique("todo", UNIQUE)),
                new Case("dropUnique", withUnique, new DropUnique("todo", "uk_todo_code", UNIQUE)),
                new Case("addCheck", tables, new AddCheck("todo", CHECK)),
                new Case("dropCheck", withCheck, new DropCheck("todo", "ck_todo_rank", CHECK)),
                new Case("createIndex", tables, new CreateIndex("todo", INDEX)),
                new Case("dropIndex", withIndex, new DropIndex("todo", "ix_todo_rank", INDEX)),
                new Case("renameIndex", withIndex, new RenameIndex("todo", "ix_todo_rank", "ix_todo_position")),
                new Case("addForeignKey", tables, new AddForeignKey("todo", FOREIGN_KEY)),
                new Case("dropForeignKey", withForeignKey, new DropForeignKey("todo", "fk_todo_list", FOREIGN_KEY)),
                new Case("createSequence", List.of(), new CreateSequence(SEQUENCE, null)),
                new Case("dropSequence", withSequence, new DropSequence("todo_seq", SEQUENCE)),
                new Case("renameSequence", withSequence, new RenameSequence("todo_seq", "task_seq")),
                new Case("alterSequence", withSequence, new AlterSequence(new SequenceDef("todo_seq", 1, 10), SEQUENCE)),
                new Case("createView", tables, new CreateView(VIEW)),
                new Case("dropView", with(tables, new CreateView(VIEW)), new DropView("open_todo", VIEW)));
    }

    @Tag("postgres")
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runsAndReversesOnPostgres(Case c) throws Exception {
        if (postgres == null) {
            postgres = TestDatabase.create();
        }
        postgres.reset();
        run(new PostgresDialect(), c, postgres::execute);
    }

    @Tag("mariadb")
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runsAndReversesOnMariaDb(Case c) throws Exception {
        if (mariaDb == null) {
            mariaDb = MariaDbTestDatabase.create();
        }
        mariaDb.reset();
        run(new MariaDbDialect(), c, mariaDb::execute);
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (mariaDb != null) {
            mariaDb.close();
            mariaDb = null;
        }
    }

    /** Runs the fixture, then the operation, then its reverse, each as the dialect renders it. */
    private static void run(SqlDialect dialect, Case c, Executor database) throws SQLException {
        for (MigrationOperation step : c.fixture()) {
            database.execute(dialect.toSql(step));
        }
        List<String> upgrade = rendered(dialect, c.operation());
        List<String> downgrade = rendered(dialect, c.operation().reverse());
        database.execute(upgrade);
        database.execute(downgrade);
    }

    private static List<String> rendered(SqlDialect dialect, MigrationOperation op) {
        try {
            return dialect.toSql(op);
        } catch (AutogenException refused) {
            assumeTrue(false, dialect.name() + " refuses " + op.describe() + ": " + refused.getMessage());
            throw refused;
        }
    }

    private static List<MigrationOperation> with(List<MigrationOperation> fixture, MigrationOperation more) {
        List<MigrationOperation> all = new ArrayList<>(fixture);
        all.add(more);
        return List.copyOf(all);
    }

    /** Runs statements on a test database. */
    @FunctionalInterface
    private interface Executor {
        void execute(List<String> sql) throws SQLException;
    }
}
