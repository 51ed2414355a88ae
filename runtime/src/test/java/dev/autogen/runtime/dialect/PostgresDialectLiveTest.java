package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ExecuteSql;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.TableDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the rendered SQL on a real PostgreSQL and checks what it did through the catalog. */
@Tag("postgres")
class PostgresDialectLiveTest {
    private static final String CONSTRAINTS = "SELECT conname FROM pg_constraint WHERE conrelid = '%s'::regclass"
            + " AND contype = '%s'";

    private static TestDatabase db;
    private final PostgresDialect dialect = new PostgresDialect();

    @BeforeAll
    static void createDatabase() throws SQLException {
        db = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        db.close();
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.reset();
    }

    private void apply(MigrationOperation... operations) throws SQLException {
        List<String> statements = new ArrayList<>();
        for (MigrationOperation operation : operations) {
            statements.addAll(dialect.toSql(operation));
        }
        db.execute(statements.toArray(String[]::new));
    }

    @Test
    void theLockSafeFormsRunOnTheServerInAnotherSchemaAndTheirReversesUndoThem() throws SQLException {
        db.execute("CREATE SCHEMA billing", "CREATE TABLE billing.customer (id bigint PRIMARY KEY)",
                "CREATE TABLE billing.\"Invoice\" (id bigint NOT NULL, \"Customer\" bigint, note text)",
                "INSERT INTO billing.customer VALUES (1)", "INSERT INTO billing.\"Invoice\" VALUES (1, 1, NULL), (2, NULL, 'x')");
        String table = "billing.Invoice";
        List<MigrationOperation> upgrade = List.of(
                new CreateIndex(table, new IndexDef("ix_invoice_note", List.of("note"), false), true),
                new AddForeignKey(table, new ForeignKeyDef("fk_invoice_customer", List.of("Customer"), "billing.customer",
                        List.of("id"), null), true),
                new ValidateConstraint(table, "fk_invoice_customer"),
                new AddCheck(table, new CheckDef("ck_invoice_id", "id > 0"), true),
                new ValidateConstraint(table, "ck_invoice_id"),
                new SetNotNullViaCheck(table, "note", "''"),
                new AddPrimaryKeyUsingIndex(table, new PrimaryKeyDef(null, List.of("id"))),
                new AddUniqueUsingIndex(table, new UniqueDef("uk_invoice_note", List.of("note", "id"))));

        apply(upgrade.toArray(MigrationOperation[]::new));

        String constraints = "SELECT conname || ':' || contype::text || ':' || convalidated FROM pg_constraint"
                + " WHERE conrelid = 'billing.\"Invoice\"'::regclass ORDER BY conname";
        assertEquals(List.of("Invoice_pkey:p:true", "ck_invoice_id:c:true", "fk_invoice_customer:f:true",
                "uk_invoice_note:u:true"), db.column(constraints));
        assertEquals(List.of("Invoice_pkey", "ix_invoice_note", "uk_invoice_note"), db.column("SELECT relname FROM pg_class"
                + " WHERE relnamespace = 'billing'::regnamespace AND relkind = 'i' AND relname <> 'customer_pkey'"
                + " ORDER BY relname"));
        assertEquals(List.of("true"), db.column("SELECT attnotnull::text FROM pg_attribute"
                + " WHERE attrelid = 'billing.\"Invoice\"'::regclass AND attname = 'note'"));

        List<MigrationOperation> downgrade = new ArrayList<>();
        for (MigrationOperation operation : upgrade) {
            if (!(operation instanceof ValidateConstraint)) {
                downgrade.add(0, operation.reverse());
            }
        }
        apply(downgrade.toArray(MigrationOperation[]::new));

        assertEquals(List.of(), db.column(constraints));
        assertEquals(List.of("false"), db.column("SELECT attnotnull::text FROM pg_attribute"
                + " WHERE attrelid = 'billing.\"Invoice\"'::regclass AND attname = 'note'"));
        assertEquals(List.of("customer_pkey"), db.column("SELECT relname FROM pg_class"
                + " WHERE relnamespace = 'billing'::regnamespace AND relkind = 'i'"));
    }

    @Test
    void everyOperationRunsOnTheServer() throws SQLException {
        db.execute("CREATE SCHEMA billing");
        TableDef customer = TableDef.of("billing.Customer",
                ColumnDef.of("id", "bigint").notNull().generatedByDefaultAsIdentity(),
                ColumnDef.of("order", "integer").notNull().defaultValue("0").comment("sort 'order'"),
                new PrimaryKeyDef(null, List.of("id")),
                new UniqueDef("uk_customer_order", List.of("order")),
                new CheckDef("ck_customer_order", "\"order\" >= 0"));
        TableDef invoice = TableDef.of("billing.invoice",
                ColumnDef.of("id", "integer").notNull().generatedAlwaysAsIdentity(),
                ColumnDef.of("customer_id", "bigint"));
        ForeignKeyDef fk = new ForeignKeyDef("fk_invoice_customer", List.of("customer_id"), "billing.Customer",
                List.of("id"), ForeignKeyAction.CASCADE);
        IndexDef index = new IndexDef("ix_invoice_customer", List.of("customer_id"), false);

        apply(new CreateTable(customer), new CreateTable(invoice),
                new AddPrimaryKey("billing.invoice", new PrimaryKeyDef(null, List.of("id"))),
                new AddForeignKey("billing.invoice", fk),
                new CreateIndex("billing.invoice", index),
                new AddUnique("billing.invoice", new UniqueDef("uk_invoice_customer", List.of("customer_id"))),
                new AddCheck("billing.invoice", new CheckDef("ck_invoice_id", "id > 0")),
                new CreateSequence(new SequenceDef("billing.invoice_seq", 1000, 50)),
                new ExecuteSql("INSERT INTO billing.\"Customer\" DEFAULT VALUES", null));

        assertEquals(List.of("sort 'order'"), db.column("SELECT col_description('billing.\"Customer\"'::regclass, 2)"));
        assertEquals(List.of("Customer_pkey"), db.column(String.format(CONSTRAINTS, "billing.\"Customer\"", "p")));
        assertEquals(List.of("fk_invoice_customer"), db.column(String.format(CONSTRAINTS, "billing.invoice", "f")));
        assertEquals(List.of("c"), db.column("SELECT confdeltype FROM pg_constraint WHERE conname = 'fk_invoice_customer'"));
        assertEquals(List.of("1000", "50"), db.query("SELECT start_value, increment_by FROM pg_sequences"
                + " WHERE schemaname = 'billing' AND sequencename = 'invoice_seq'").get(0));
        assertTrue(db.exists("billing.ix_invoice_customer"));

        apply(new DropIndex("billing.invoice", "ix_invoice_customer", index),
                new DropForeignKey("billing.invoice", "fk_invoice_customer", fk),
                new DropUnique("billing.invoice", "uk_invoice_customer", null),
                new DropCheck("billing.invoice", "ck_invoice_id", null),
                new DropPrimaryKey("billing.invoice", null, null),
                new DropPrimaryKey("billing.Customer", null, null),
                new DropColumn("billing.Customer", "order", null),
                new DropSequence("billing.invoice_seq", null));

        assertFalse(db.exists("billing.ix_invoice_customer"));
        assertEquals(List.of(), db.column("SELECT conname FROM pg_constraint WHERE connamespace = 'billing'::regnamespace"));
        assertEquals(List.of(), db.column("SELECT sequencename FROM pg_sequences WHERE sequencename = 'invoice_seq'"));

        apply(new DropTable("billing.invoice", null), new DropTable("billing.Customer", null));

        assertEquals(List.of(), db.column("SELECT relname FROM pg_class WHERE relnamespace = 'billing'::regnamespace"));
    }

    @Test
    void columnAlterationsKeepTheDataAndTheirReversesRestoreTheColumn() throws SQLException {
        db.execute("CREATE TABLE todo (id bigint NOT NULL, rank varchar(10) DEFAULT '1', note text, PRIMARY KEY (id))",
                "INSERT INTO todo VALUES (1, '7', 'a'), (5, '9', NULL)");
        List<MigrationOperation> operations = List.of(
                new AlterColumnDefault("todo", "rank", null, "'1'::character varying"),
                new AlterColumnType("todo", "rank", "integer", "varchar(10)", "rank::integer", null),
                new AlterColumnDefault("todo", "rank", "0", null),
                new AlterColumnNullability("todo", "note", false, "'none'"),
                new AddIdentity("todo", "id", Identity.BY_DEFAULT),
                new AlterColumnComment("todo", "note", "free text", null),
                new AlterTableComment("todo", "things to do", null),
                new RenameColumn("todo", "note", "remark"),
                new RenameConstraint("todo", "todo_pkey", "task_pkey"),
                new CreateSchema("archive"),
                new RenameTable("todo", "archive.task"),
                new RenameSequence("archive.todo_id_seq", "archive.task_id_seq"));
        String before = columns("todo");

        apply(operations.toArray(MigrationOperation[]::new));
        db.execute("INSERT INTO archive.task (rank, remark) VALUES (3, 'new')");

        assertEquals(List.of(List.of("1", "7", "a"), List.of("5", "9", "none"), List.of("6", "3", "new")),
                db.query("SELECT id, rank, remark FROM archive.task ORDER BY id"));
        assertEquals(List.of("free text"), db.column("SELECT col_description('archive.task'::regclass, 3)"));
        assertEquals(List.of("things to do"), db.column("SELECT obj_description('archive.task'::regclass, 'pg_class')"));
        assertEquals(List.of("task_pkey"), db.column(String.format(CONSTRAINTS, "archive.task", "p")));
        assertTrue(db.exists("archive.task_id_seq"));

        db.execute("DELETE FROM archive.task WHERE id = 6");
        List<MigrationOperation> reversed = new ArrayList<>();
        for (MigrationOperation operation : operations) {
            reversed.add(0, operation.reverse());
        }
        apply(reversed.toArray(MigrationOperation[]::new));

        assertEquals(before, columns("todo"));
        assertEquals(List.of(List.of("1", "7", "a"), List.of("5", "9", "none")),
                db.query("SELECT id, rank, note FROM todo ORDER BY id"));
        assertEquals(List.of(), db.column("SELECT nspname FROM pg_namespace WHERE nspname = 'archive'"));
        assertEquals(Collections.singletonList(null), db.column("SELECT obj_description('todo'::regclass, 'pg_class')"));
    }

    @Test
    void alteredSequenceKeepsItsValue() throws SQLException {
        db.execute("CREATE SEQUENCE todo_seq START WITH 1 INCREMENT BY 50", "SELECT nextval('todo_seq')",
                "SELECT nextval('todo_seq')");

        apply(new AlterSequence(new SequenceDef("todo_seq", 1, 1), null));

        assertEquals(List.of("52"), db.column("SELECT nextval('todo_seq')"));
        assertEquals(List.of(List.of("1", "1")),
                db.query("SELECT start_value, increment_by FROM pg_sequences WHERE sequencename = 'todo_seq'"));
    }

    private String columns(String table) throws SQLException {
        return db.query("SELECT attname, format_type(atttypid, atttypmod), attnotnull, attidentity,"
                + " pg_get_expr(adbin, adrelid), col_description(attrelid, attnum) FROM pg_attribute"
                + " LEFT JOIN pg_attrdef ON adrelid = attrelid AND adnum = attnum"
                + " WHERE attrelid = '" + table + "'::regclass AND attnum > 0 ORDER BY attnum").toString();
    }

    @Test
    void constantBackfillFillsExistingRowsAndLeavesNoDefault() throws SQLException {
        db.execute("CREATE TABLE todo (title text)", "INSERT INTO todo VALUES ('A'), ('B')");

        apply(new AddColumn("todo", ColumnDef.of("priority", "integer").notNull().backfill("3")),
                new AddColumn("todo", ColumnDef.of("rank", "integer").notNull().defaultValue("1").backfill("2")));

        assertEquals(List.of(List.of("3", "2"), List.of("3", "2")), db.query("SELECT priority, rank FROM todo"));
        assertEquals(List.of(List.of("priority", "true", "null"), List.of("rank", "true", "1")), db.query(
                "SELECT attname, attnotnull::text, coalesce(pg_get_expr(adbin, adrelid), 'null') FROM pg_attribute"
                        + " LEFT JOIN pg_attrdef ON adrelid = attrelid AND adnum = attnum"
                        + " WHERE attrelid = 'todo'::regclass AND attname IN ('priority', 'rank') ORDER BY attnum"));
    }

    @Test
    void expressionBackfillFillsExistingRowsEvenWhenTheColumnHasADefault() throws SQLException {
        db.execute("CREATE TABLE todo (title text)", "INSERT INTO todo VALUES ('A'), ('B')");

        apply(new AddColumn("todo", ColumnDef.of("slug", "text").notNull().defaultValue("'new'")
                .backfill("(lower(title))")));
        db.execute("INSERT INTO todo (title) VALUES ('C')");

        assertEquals(List.of(List.of("A", "a"), List.of("B", "b"), List.of("C", "new")),
                db.query("SELECT title, slug FROM todo ORDER BY title"));
        assertEquals(List.of("true"), db.column("SELECT attnotnull::text FROM pg_attribute"
                + " WHERE attrelid = 'todo'::regclass AND attname = 'slug'"));
    }

    @Test
    void defaultConstraintNamesMatchTheServer() throws SQLException {
        List<String[]> cases = List.of(
                new String[] {"a".repeat(59), "b".repeat(44)},
                new String[] {"short_t", "c".repeat(63)},
                new String[] {"t_eq_" + "x".repeat(30), "c_eq_" + "y".repeat(33)},
                new String[] {"Mixed_Case_" + "m".repeat(50), "Col"},
                new String[] {"ä".repeat(31), "b"},
                new String[] {"tüte_" + "ö".repeat(27), "äää_" + "b".repeat(40)});
        for (String[] names : cases) {
            String table = names[0];
            String column = names[1];
            db.execute("CREATE TABLE " + PostgresIdentifiers.quote(table) + " (" + PostgresIdentifiers.quote(column)
                    + " integer PRIMARY KEY CHECK (" + PostgresIdentifiers.quote(column) + " > 0))");
            String relation = PostgresIdentifiers.quote(table);

            assertEquals(List.of(PostgresIdentifiers.defaultConstraintName(table, column, "check")),
                    db.column(String.format(CONSTRAINTS, relation, "c")), table);
            assertEquals(List.of(PostgresIdentifiers.defaultConstraintName(table, null, "pkey")),
                    db.column(String.format(CONSTRAINTS, relation, "p")), table);
        }
    }

    @Test
    void everyKeywordIsUsableAsTableAndColumnName() throws SQLException {
        List<String> keywords = db.column("SELECT word FROM pg_get_keywords()");
        assertTrue(keywords.size() > 400, "keywords: " + keywords.size());
        List<String> mustQuote = db.column("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')");

        for (String word : mustQuote) {
            assertTrue(PostgresIdentifiers.quote(word).startsWith("\""), word);
        }
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String word : keywords) {
                ColumnDef column = ColumnDef.of(word, "integer").notNull().backfill("(1)");
                for (MigrationOperation operation : List.of(
                        new CreateTable(TableDef.of(word, ColumnDef.of("id", "integer"))),
                        new AddColumn(word, column),
                        new CreateIndex(word, new IndexDef("ix_" + word, List.of(word), false)),
                        new AddPrimaryKey(word, new PrimaryKeyDef(null, List.of(word))),
                        new DropPrimaryKey(word, null, null))) {
                    for (String sql : dialect.toSql(operation)) {
                        statement.execute(sql);
                    }
                }
            }
            connection.rollback();
        }
    }
}
