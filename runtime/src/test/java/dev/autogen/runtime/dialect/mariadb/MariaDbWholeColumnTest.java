package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.LockVerdict;
import dev.autogen.runtime.dialect.OperationLocks;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The column changes whose records carry the existing column render one MODIFY COLUMN that restates all of it. */
class MariaDbWholeColumnTest {
    private static final ColumnDef POINTS = ColumnDef.of("points", "integer").notNull().defaultValue("0")
            .comment("loyalty");

    private final MariaDbDialect dialect = new MariaDbDialect();

    private List<String> sql(MigrationOperation operation) {
        return dialect.toSql(operation);
    }

    @Test
    void aTypeChangeKeepsNullabilityDefaultCommentAndAutoIncrement() {
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` bigint NOT NULL DEFAULT 0 COMMENT 'loyalty'"),
                sql(new AlterColumnType("c", "points", "bigint", "integer", null, null, POINTS)));
        ColumnDef id = ColumnDef.of("id", "int").notNull().generatedByDefaultAsIdentity();
        assertEquals(List.of("ALTER TABLE `s`.`c` MODIFY COLUMN `id` bigint NOT NULL AUTO_INCREMENT"),
                sql(new AlterColumnType("s.c", "id", "bigint", "int", null, null, id)));
    }

    @Test
    void theReverseRestatesTheColumnAsTheChangeLeftIt() {
        AlterColumnType change = new AlterColumnType("c", "points", "bigint", "integer", null, null, POINTS);
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer NOT NULL DEFAULT 0 COMMENT 'loyalty'"),
                sql(change.reverse()));
        AlterColumnComment comment = new AlterColumnComment("c", "points", "it's \\ new", "loyalty", POINTS);
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer NOT NULL DEFAULT 0 COMMENT 'it''s \\\\ new'"),
                sql(comment));
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer NOT NULL DEFAULT 0 COMMENT 'loyalty'"),
                sql(comment.reverse()));
    }

    @Test
    void nullabilityRestatesTheRestAndBackfillsFirst() {
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer DEFAULT 0 COMMENT 'loyalty'"),
                sql(new AlterColumnNullability("c", "points", true, null, POINTS)));
        ColumnDef nullable = POINTS.withNullable(true);
        List<String> backfilled = List.of("UPDATE `c` SET `points` = 0 WHERE `points` IS NULL",
                "ALTER TABLE `c` MODIFY COLUMN `points` integer NOT NULL DEFAULT 0 COMMENT 'loyalty'");
        assertEquals(backfilled, sql(new AlterColumnNullability("c", "points", false, "0", nullable)));
        assertEquals(backfilled, sql(new SetNotNullViaCheck("c", "points", "0", nullable)));
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer NOT NULL DEFAULT 0 COMMENT 'loyalty'"),
                sql(new SetNotNullViaCheck("c", "points", null, nullable)));
        assertEquals(List.of("ALTER TABLE `c` MODIFY COLUMN `points` integer DEFAULT 0 COMMENT 'loyalty'"),
                sql(new SetNotNullViaCheck("c", "points", null, nullable).reverse()));
    }

    @Test
    void identityIsAutoIncrementAddedAndDroppedByModify() {
        ColumnDef id = ColumnDef.of("id", "bigint").notNull().comment("key");
        AddIdentity add = new AddIdentity("t", "id", Identity.BY_DEFAULT, id);
        assertEquals(List.of("ALTER TABLE `t` MODIFY COLUMN `id` bigint NOT NULL AUTO_INCREMENT COMMENT 'key'"), sql(add));
        assertEquals(List.of("ALTER TABLE `t` MODIFY COLUMN `id` bigint NOT NULL COMMENT 'key'"), sql(add.reverse()));
        assertEquals(sql(add), sql(new AddIdentity("t", "id", Identity.ALWAYS, id)));
        assertEquals(List.of("ALTER TABLE `t` MODIFY COLUMN `id` bigint NOT NULL COMMENT 'key'"),
                sql(new DropIdentity("t", "id", Identity.BY_DEFAULT, id.generatedByDefaultAsIdentity())));
    }

    @Test
    void theReviewSaysHowInnoDbRunsEachWholeColumnChange() {
        ColumnDef id = ColumnDef.of("id", "bigint").notNull();
        List<OperationLocks> ops = dialect.lockAnalysis().analyse(List.of(
                new SetNotNullViaCheck("todo", "points", "0", POINTS.withNullable(true)),
                new AddIdentity("todo", "id", Identity.BY_DEFAULT, id),
                new DropIdentity("todo", "id", Identity.BY_DEFAULT, id.generatedByDefaultAsIdentity())), true).operations();
        assertTrue(ops.get(0).statements().get(1).reason().startsWith("ALGORITHM=INPLACE, LOCK=NONE"),
                ops.get(0).statements().get(1).reason());
        assertEquals(LockVerdict.RISKY, ops.get(1).verdict());
        assertTrue(ops.get(1).statements().get(0).reason().startsWith("ALGORITHM=COPY"), ops.get(1).statements().get(0).reason());
        assertTrue(ops.get(2).statements().get(0).reason().startsWith("ALGORITHM=INSTANT"),
                ops.get(2).statements().get(0).reason());
    }

    @Test
    void aDefaultNeedsNoRestatingEvenWhenTheColumnIsKnown() {
        assertEquals(List.of("ALTER TABLE `c` ALTER COLUMN `points` SET DEFAULT 5"),
                sql(new AlterColumnDefault("c", "points", "5", "0", POINTS)));
        assertEquals(List.of("ALTER TABLE `c` ALTER COLUMN `points` DROP DEFAULT"),
                sql(new AlterColumnDefault("c", "points", null, "0", POINTS)));
    }

    @Test
    void withoutTheExistingColumnEachIsRefusedNamingTableColumnAndTheWholeColumnForm() {
        for (MigrationOperation op : List.of(new AlterColumnType("orders", "total", "bigint", "integer", null, null),
                new AlterColumnNullability("orders", "total", false, null),
                new AlterColumnComment("orders", "total", "x", null), new SetNotNullViaCheck("orders", "total", "0"),
                new AddIdentity("orders", "total", Identity.BY_DEFAULT), new DropIdentity("orders", "total", null))) {
            AutogenException error = assertThrows(AutogenException.class, () -> sql(op));
            assertEquals(ErrorCode.MIGRATION_FAILED, error.code());
            String message = error.getMessage();
            assertTrue(message.contains("column total of table orders") && message.contains(op.describe())
                    && message.contains("op.alterColumnType(\"orders\", column(\"total\", \"<its type>\")")
                    && message.contains("silently drops the nullability, default, AUTO_INCREMENT and comment"), message);
        }
    }
}
