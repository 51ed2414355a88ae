package dev.autogen.codegen;

import dev.autogen.diff.DdlForm;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.Renames;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entity.EntityModelReader;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.Golden;
import dev.autogen.testing.InMemoryCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.primaryKey;
import static dev.autogen.runtime.Ddl.sequence;
import static dev.autogen.runtime.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole generated migration classes, compared byte for byte with golden files under
 * {@code src/test/resources/golden/} (rewrite them with {@code -Dgolden.update=true}), and compiled.
 */
class MigrationWriterGoldenTest {
    static final String PACKAGE = "com.example.migrations";
    static final LocalDate DATE = LocalDate.of(2026, 11, 30);

    private static SchemaModel todoV1;
    private static SchemaModel todoV2;

    @TempDir
    Path classes;

    @BeforeAll
    static void readModels() {
        todoV1 = read("dev.autogen.fixtures.todo.v1");
        todoV2 = read("dev.autogen.fixtures.todo.v2");
    }

    static SchemaModel read(String entityPackage) {
        return new EntityModelReader(MigrationWriterGoldenTest.class.getClassLoader(), List.of(entityPackage),
                Map.of(), "test").read();
    }

    /** A plan whose names need quoting or qualifying: mixed case, reserved word, another schema. */
    static MigrationPlan quotingSensitivePlan() {
        TableModel audit = new TableModel("AuditEntry",
                List.of(column("id", "bigint").notNull().generatedByDefaultAsIdentity(),
                        column("order", "integer").notNull(),
                        column("CreatedBy", "varchar(255)").comment("who \"made\" it"),
                        column("note", "text").defaultValue("'n/a'::text")),
                primaryKey("id"), List.of(unique("AuditEntry_order_key", "order")),
                List.of(index("idx_AuditEntry_CreatedBy", "CreatedBy")), List.of(),
                List.of(check("AuditEntry_order_check", "\"order\" >= 0")));
        TableModel invoice = new TableModel("billing.invoice",
                List.of(column("id", "bigint").notNull(),
                        column("audit_id", "bigint").notNull(),
                        column("amount", "numeric(12,2)").notNull()),
                primaryKey("id").named("invoice_pk"), List.of(), List.of(),
                List.of(foreignKey("fk_invoice_audit", "audit_id").references("AuditEntry", "id")
                        .onDelete(ForeignKeyAction.CASCADE)),
                List.of());
        SchemaModel target = SchemaModel.of(List.of(audit, invoice),
                List.of(sequence("billing.invoice_seq").startWith(100).incrementBy(10)));
        return SchemaDiff.compare(target, SchemaModel.empty());
    }

    private GeneratedMigration generate(String golden, RevisionHeader header, MigrationPlan plan) throws Exception {
        GeneratedMigration migration = new MigrationWriter(PACKAGE).write(header, plan);
        Golden.assertMatches(golden, migration.source());
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(PACKAGE + "." + migration.className(),
                migration.source(), classes);
        assertTrue(compiled.success(), () -> "does not compile cleanly:\n" + compiled.diagnostics() + "\n"
                + migration.source());
        assertTrue(migration.source().contains("public final class " + migration.className() + " implements Migration"),
                migration.source());
        return migration;
    }

    @Test
    void todoV1FromNothing() throws Exception {
        GeneratedMigration migration = generate("V20261130_100000_CreateTodos.java.txt",
                new RevisionHeader("20261130_100000", List.of(), "create todos", DATE),
                SchemaDiff.compare(todoV1, SchemaModel.empty()));

        assertEquals("V20261130_100000_CreateTodos", migration.className());
        assertEquals("V20261130_100000_CreateTodos.java", migration.fileName());
    }

    @Test
    void todoV1FromNothingIsTheSameInBothForms() throws Exception {
        generate("V20261130_100000_CreateTodos.java.txt",
                new RevisionHeader("20261130_100000", List.of(), "create todos", DATE),
                SchemaDiff.compare(todoV1, SchemaModel.empty(), Renames.none(), DdlForm.PLAIN));
    }

    @Test
    void todoV2FromV1() throws Exception {
        GeneratedMigration migration = generate("V20261130_110000_AddTags.java.txt",
                new RevisionHeader("20261130_110000", List.of("20261130_100000"), "add tags", DATE),
                SchemaDiff.compare(todoV2, todoV1));

        assertTrue(migration.source().contains("// REVIEW: "), "dropped column and placeholder backfill need review");
        assertTrue(migration.source().contains("op.addCheckNotValid(\"todos\""), migration.source());
    }

    /** The plain DDL is what autogen wrote before the lock-safe forms, byte for byte. */
    @Test
    void todoV2FromV1InPlainDdl() throws Exception {
        generate("V20261130_110000_AddTags.plain.java.txt",
                new RevisionHeader("20261130_110000", List.of("20261130_100000"), "add tags", DATE),
                SchemaDiff.compare(todoV2, todoV1, Renames.none(), DdlForm.PLAIN));
    }

    @Test
    void emptyMergeWithTwoParents() throws Exception {
        GeneratedMigration migration = generate("V20261201_090000_MergeHeads.java.txt",
                new RevisionHeader("20261201_090000", List.of("20261130_110000", "20261130_113000"), "merge heads", DATE),
                new MigrationPlan(List.of()));

        assertTrue(migration.source().contains("parents = {\"20261130_110000\", \"20261130_113000\"}"),
                migration.source());
    }

    @Test
    void quotingSensitiveNames() throws Exception {
        generate("V20261130_120000_AuditBillingQuotedNamesCUsers.java.txt",
                new RevisionHeader("20261130_120000", List.of("20261130_110000"),
                        "audit & billing: \"quoted\" names, C:\\users */", DATE),
                quotingSensitivePlan());
    }

    /** A plan of every kind of change to existing objects, in the order the diff plans them. */
    static MigrationPlan alterationsPlan() {
        return alterationsPlan(DdlForm.LOCK_SAFE);
    }

    static MigrationPlan alterationsPlan(DdlForm form) {
        TableModel todo = new TableModel("todo",
                List.of(column("id", "bigint").notNull(),
                        column("title", "varchar(255)"),
                        column("rank", "varchar(10)").defaultValue("'1'::character varying"),
                        column("status", "smallint")),
                primaryKey("id"), List.of(unique("todo_title_key", "title")), List.of(index("ix_todo_title", "title")),
                List.of(), List.of(check("todo_status_check", "status between 0 and 1")));
        TableModel task = new TableModel("billing.task",
                List.of(column("id", "bigint").notNull().generatedByDefaultAsIdentity(),
                        column("headline", "varchar(80)").notNull().comment("what to do"),
                        column("rank", "integer").defaultValue("0"),
                        column("status", "varchar(255)")),
                primaryKey("id"), List.of(unique("task_headline_key", "headline")),
                List.of(index("ix_task_headline", "headline"), index("ix_task_rank", "rank", "status").descending("rank")),
                List.of(),
                List.of(check("task_status_check", "status in ('OPEN','DONE')")), "tasks to bill");
        SchemaModel current = SchemaModel.of(List.of(todo), List.of(sequence("todo_seq").incrementBy(50)));
        SchemaModel target = SchemaModel.of(List.of(task), List.of(sequence("todo_seq")));
        return SchemaDiff.compare(target, current, Renames.of(List.of("todo=billing.task", "billing.task.title=headline")),
                form);
    }

    @Test
    void alterationsAndRenames() throws Exception {
        GeneratedMigration migration = generate("V20261130_130000_AlterAndRename.java.txt",
                new RevisionHeader("20261130_130000", List.of("20261130_120000"), "alter and rename", DATE),
                alterationsPlan());

        assertTrue(migration.source().contains("op.renameTable(\"todo\", \"billing.task\");"), migration.source());
    }

    @Test
    void alterationsAndRenamesInPlainDdl() throws Exception {
        generate("V20261130_130000_AlterAndRename.plain.java.txt",
                new RevisionHeader("20261130_130000", List.of("20261130_120000"), "alter and rename", DATE),
                alterationsPlan(DdlForm.PLAIN));
    }

    /**
     * Every lock-safe form on an existing table, next to a table created in the same migration that
     * keeps the plain forms, and the review notes of a rewriting type change and a volatile default.
     */
    static MigrationPlan lockSafePlan() {
        TableModel account = new TableModel("account",
                List.of(column("id", "bigint").notNull(),
                        column("email", "varchar(255)"),
                        column("points", "integer"),
                        column("nickname", "varchar(40)")),
                primaryKey("id"), List.of(), List.of(index("ix_account_nickname", "nickname")), List.of(), List.of());
        TableModel visit = new TableModel("visit",
                List.of(column("code", "varchar(20)"), column("account_id", "bigint")),
                null, List.of(), List.of(), List.of(), List.of());
        TableModel accountAfter = new TableModel("account",
                List.of(column("id", "bigint").notNull(),
                        column("email", "varchar(255)").notNull(),
                        column("points", "bigint"),
                        column("nickname", "text"),
                        column("token", "uuid").notNull().defaultValue("gen_random_uuid()"),
                        column("plan_id", "bigint")),
                primaryKey("id"), List.of(unique("account_email_key", "email")),
                List.of(index("ix_account_plan", "plan_id")),
                List.of(foreignKey("fk_account_plan", "plan_id").references("plan", "id")),
                List.of(check("account_points_check", "points >= 0")));
        TableModel visitAfter = new TableModel("visit",
                List.of(column("code", "varchar(20)").notNull(), column("account_id", "bigint")),
                primaryKey("code").named("visit_pkey"), List.of(), List.of(),
                List.of(foreignKey("fk_visit_account", "account_id").references("account", "id")), List.of());
        TableModel plan = new TableModel("plan",
                List.of(column("id", "bigint").notNull(), column("name", "varchar(80)").notNull()),
                primaryKey("id"), List.of(unique("plan_name_key", "name")), List.of(index("ix_plan_name", "name")),
                List.of(), List.of());
        return SchemaDiff.compare(SchemaModel.of(List.of(accountAfter, plan, visitAfter), List.of()),
                SchemaModel.of(List.of(account, visit), List.of()));
    }

    @Test
    void lockSafeFormsOnExistingTables() throws Exception {
        GeneratedMigration migration = generate("V20261202_100000_LockSafeForms.java.txt",
                new RevisionHeader("20261202_100000", List.of("20261130_130000"), "lock-safe forms", DATE),
                lockSafePlan());

        assertTrue(migration.source().contains("op.createIndex(\"plan\""), "a new table keeps the plain forms");
        String downgrade = migration.source().substring(migration.source().indexOf("public void downgrade"));
        assertTrue(migration.source().contains("op.validateConstraint("), migration.source());
        assertTrue(!downgrade.contains("validateConstraint"), "the downgrade validates nothing");
    }
}
