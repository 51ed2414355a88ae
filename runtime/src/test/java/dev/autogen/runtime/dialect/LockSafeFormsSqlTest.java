package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.runtime.ops.ValidateConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.runtime.dialect.PlannedStatement.Execution.COMMIT_AFTER;
import static dev.autogen.runtime.dialect.PlannedStatement.Execution.OWN_TRANSACTION;
import static dev.autogen.runtime.dialect.PlannedStatement.Execution.IN_TRANSACTION;
import static dev.autogen.runtime.dialect.PlannedStatement.Execution.OUTSIDE_TRANSACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SQL and the execution of each lock-safe form, and that the plain forms keep theirs. */
class LockSafeFormsSqlTest {
    private static final IndexDef INDEX = new IndexDef("ix_todo_title", List.of("title", "id"), false)
            .descending("id");
    private static final ForeignKeyDef FK = new ForeignKeyDef("fk_todo_list", List.of("list_id"), "todo_list",
            List.of("id"), ForeignKeyAction.CASCADE);
    private static final CheckDef CHECK = new CheckDef("ck_todo_rank", "rank > 0");

    private final PostgresDialect dialect = new PostgresDialect();

    private static PlannedStatement statement(String sql, PlannedStatement.Execution execution) {
        return new PlannedStatement(sql, execution);
    }

    private void assertPlan(MigrationOperation operation, PlannedStatement... expected) {
        assertEquals(List.of(expected), dialect.plan(operation));
        assertEquals(List.of(expected).stream().map(PlannedStatement::sql).toList(), dialect.toSql(operation));
    }

    @Test
    void createIndexConcurrentlyRunsOutsideATransaction() {
        assertPlan(new CreateIndex("billing.todo", INDEX, true), statement(
                "CREATE INDEX CONCURRENTLY ix_todo_title ON billing.todo (title, id DESC)", OUTSIDE_TRANSACTION));
        assertPlan(new CreateIndex("todo", new IndexDef("ux_todo", List.of("Title"), true), true), statement(
                "CREATE UNIQUE INDEX CONCURRENTLY ux_todo ON todo (\"Title\")", OUTSIDE_TRANSACTION));
    }

    @Test
    void dropIndexConcurrentlyRunsOutsideATransaction() {
        assertPlan(new DropIndex("billing.todo", "ix_todo_title", INDEX, true), statement(
                "DROP INDEX CONCURRENTLY billing.ix_todo_title", OUTSIDE_TRANSACTION));
    }

    @Test
    void plainFormsKeepTheirSqlAndRunInTheTransaction() {
        assertPlan(new CreateIndex("billing.todo", INDEX), statement(
                "CREATE INDEX ix_todo_title ON billing.todo (title, id DESC)", IN_TRANSACTION));
        assertPlan(new DropIndex("todo", "ix_todo_title", INDEX), statement("DROP INDEX ix_todo_title", IN_TRANSACTION));
        assertPlan(new AddForeignKey("todo", FK), statement("ALTER TABLE todo ADD CONSTRAINT fk_todo_list FOREIGN KEY"
                + " (list_id) REFERENCES todo_list (id) ON DELETE CASCADE", IN_TRANSACTION));
        assertPlan(new AddCheck("todo", CHECK), statement("ALTER TABLE todo ADD CONSTRAINT ck_todo_rank CHECK"
                + " (rank > 0)", IN_TRANSACTION));
    }

    @Test
    void notValidConstraintsCommitAfterTheirShortLock() {
        assertPlan(new AddForeignKey("todo", FK, true), statement("ALTER TABLE todo ADD CONSTRAINT fk_todo_list"
                + " FOREIGN KEY (list_id) REFERENCES todo_list (id) ON DELETE CASCADE NOT VALID", COMMIT_AFTER));
        assertPlan(new AddCheck("todo", CHECK, true), statement("ALTER TABLE todo ADD CONSTRAINT ck_todo_rank CHECK"
                + " (rank > 0) NOT VALID", COMMIT_AFTER));
        assertPlan(new ValidateConstraint("billing.Todo", "fk_todo_list"), statement(
                "ALTER TABLE billing.\"Todo\" VALIDATE CONSTRAINT fk_todo_list", OWN_TRANSACTION));
    }

    @Test
    void dropsOfSafeFormsAreTheUsualDrops() {
        assertEquals(dialect.plan(new DropForeignKey("todo", "fk_todo_list", FK)),
                dialect.plan(new DropForeignKey("todo", "fk_todo_list", FK, true)));
        assertEquals(dialect.plan(new DropCheck("todo", "ck_todo_rank", CHECK)),
                dialect.plan(new DropCheck("todo", "ck_todo_rank", CHECK, true)));
        assertPlan(new DropUnique("todo", "uk_todo_title", null, true),
                statement("ALTER TABLE todo DROP CONSTRAINT uk_todo_title", IN_TRANSACTION));
        assertPlan(new DropPrimaryKey("todo", null, null, true),
                statement("ALTER TABLE todo DROP CONSTRAINT todo_pkey", IN_TRANSACTION));
    }

    @Test
    void setNotNullViaCheckValidatesAHelperCheckInStepsOfTheirOwn() {
        assertPlan(new SetNotNullViaCheck("todo", "title", null),
                statement("ALTER TABLE todo ADD CONSTRAINT todo_title_not_null CHECK (title IS NOT NULL) NOT VALID",
                        COMMIT_AFTER),
                statement("ALTER TABLE todo VALIDATE CONSTRAINT todo_title_not_null", OWN_TRANSACTION),
                statement("ALTER TABLE todo ALTER COLUMN title SET NOT NULL", IN_TRANSACTION),
                statement("ALTER TABLE todo DROP CONSTRAINT todo_title_not_null", COMMIT_AFTER));
    }

    @Test
    void setNotNullViaCheckBackfillsAfterTheCheckGuardsNewRowsSoNoNullSlipsInBeforeTheValidation() {
        assertPlan(new SetNotNullViaCheck("billing.Todo", "order", "'x'"),
                statement("ALTER TABLE billing.\"Todo\" ADD CONSTRAINT \"Todo_order_not_null\" CHECK (\"order\" IS NOT"
                        + " NULL) NOT VALID", COMMIT_AFTER),
                statement("UPDATE billing.\"Todo\" SET \"order\" = 'x' WHERE \"order\" IS NULL", OWN_TRANSACTION),
                statement("ALTER TABLE billing.\"Todo\" VALIDATE CONSTRAINT \"Todo_order_not_null\"", OWN_TRANSACTION),
                statement("ALTER TABLE billing.\"Todo\" ALTER COLUMN \"order\" SET NOT NULL", IN_TRANSACTION),
                statement("ALTER TABLE billing.\"Todo\" DROP CONSTRAINT \"Todo_order_not_null\"", COMMIT_AFTER));
    }

    @Test
    void theHelperCheckNameIsShortenedToFitPostgresLimit() {
        String table = "t".repeat(60);
        String name = PostgresIdentifiers.notNullCheckName(table, "column_with_a_long_name");
        assertEquals(PostgresIdentifiers.MAX_LENGTH, name.length());
        assertEquals(true, name.endsWith("_column_with_a_long_name_not_null"), name);
    }

    @Test
    void uniqueUsingIndexBuildsTheIndexConcurrentlyThenAttachesIt() {
        assertPlan(new AddUniqueUsingIndex("billing.todo", new UniqueDef("uk_todo_title", List.of("title", "list_id"))),
                statement("CREATE UNIQUE INDEX CONCURRENTLY uk_todo_title ON billing.todo (title, list_id)",
                        OUTSIDE_TRANSACTION),
                statement("ALTER TABLE billing.todo ADD CONSTRAINT uk_todo_title UNIQUE USING INDEX uk_todo_title",
                        COMMIT_AFTER));
    }

    @Test
    void primaryKeyUsingIndexNamesTheIndexLikeTheKey() {
        assertPlan(new AddPrimaryKeyUsingIndex("todo", new PrimaryKeyDef(null, List.of("id"))),
                statement("CREATE UNIQUE INDEX CONCURRENTLY todo_pkey ON todo (id)", OUTSIDE_TRANSACTION),
                statement("ALTER TABLE todo ADD CONSTRAINT todo_pkey PRIMARY KEY USING INDEX todo_pkey", COMMIT_AFTER));
        assertPlan(new AddPrimaryKeyUsingIndex("todo", new PrimaryKeyDef("pk_todo", List.of("id", "rev"))),
                statement("CREATE UNIQUE INDEX CONCURRENTLY pk_todo ON todo (id, rev)", OUTSIDE_TRANSACTION),
                statement("ALTER TABLE todo ADD CONSTRAINT pk_todo PRIMARY KEY USING INDEX pk_todo", COMMIT_AFTER));
    }
}
