package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresDialect;
import dev.autogen.runtime.ops.AddIdentity;
import dev.autogen.runtime.ops.AlterColumnComment;
import dev.autogen.runtime.ops.AlterColumnDefault;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.DropIdentity;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SetNotNullViaCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The column-definition forms of the column changes record the column as it is before the change, take the
 * old value from it, and run the same PostgreSQL as the forms that name the column.
 */
class OperationRecorderExistingColumnTest {
    private static final ColumnDef TITLE = column("title", "varchar(20)").notNull().defaultValue("''").comment("shown");
    private static final ColumnDef ID = column("id", "bigint").notNull();
    private static final ColumnDef TOTAL = column("total", "numeric(10,2)").generatedAs("price * qty");

    private static List<MigrationOperation> withDefinitions() {
        OperationRecorder op = new OperationRecorder();
        op.alterColumnType("todo", TITLE, "text");
        op.alterColumnType("todo", TITLE, "integer", "length(title)");
        op.setNotNull("todo", TITLE.withNullable(true));
        op.setNotNull("todo", TITLE.withNullable(true), "'none'");
        op.dropNotNull("todo", TITLE);
        op.setDefault("todo", TITLE, "'x'");
        op.dropDefault("todo", TITLE);
        op.setComment("todo", TITLE, "what to do");
        op.addIdentity("todo", ID, Identity.ALWAYS);
        op.dropIdentity("todo", ID.generatedByDefaultAsIdentity());
        op.setNotNullViaCheck("todo", TITLE.withNullable(true));
        op.setNotNullViaCheck("todo", TITLE.withNullable(true), "'none'");
        op.dropExpression("todo", TOTAL);
        return op.operations();
    }

    private static List<MigrationOperation> withNames() {
        OperationRecorder op = new OperationRecorder();
        op.alterColumnType("todo", "title", "text");
        op.alterColumnType("todo", "title", "integer", "length(title)");
        op.setNotNull("todo", "title");
        op.setNotNull("todo", "title", "'none'");
        op.dropNotNull("todo", "title");
        op.setDefault("todo", "title", "'x'");
        op.dropDefault("todo", "title");
        op.setComment("todo", "title", "what to do");
        op.addIdentity("todo", "id", Identity.ALWAYS);
        op.dropIdentity("todo", "id");
        op.setNotNullViaCheck("todo", "title");
        op.setNotNullViaCheck("todo", "title", "'none'");
        op.dropExpression("todo", "total");
        return op.operations();
    }

    @Test
    void theDefinitionFormsRecordTheExistingColumnAndTheOldValue() {
        ColumnDef nullable = TITLE.withNullable(true);
        assertEquals(List.of(
                new AlterColumnType("todo", "title", "text", "varchar(20)", null, null, TITLE),
                new AlterColumnType("todo", "title", "integer", "varchar(20)", "length(title)", null, TITLE),
                new AlterColumnNullability("todo", "title", false, null, nullable),
                new AlterColumnNullability("todo", "title", false, "'none'", nullable),
                new AlterColumnNullability("todo", "title", true, null, TITLE),
                new AlterColumnDefault("todo", "title", "'x'", "''", TITLE),
                new AlterColumnDefault("todo", "title", null, "''", TITLE),
                new AlterColumnComment("todo", "title", "what to do", "shown", TITLE),
                new AddIdentity("todo", "id", Identity.ALWAYS, ID),
                new DropIdentity("todo", "id", Identity.BY_DEFAULT, ID.generatedByDefaultAsIdentity()),
                new SetNotNullViaCheck("todo", "title", null, nullable),
                new SetNotNullViaCheck("todo", "title", "'none'", nullable),
                new DropColumnExpression("todo", "total", TOTAL)), withDefinitions());
    }

    @Test
    void postgresqlRunsTheSameSqlForBothForms() {
        PostgresDialect dialect = new PostgresDialect();
        List<MigrationOperation> definitions = withDefinitions();
        List<MigrationOperation> names = withNames();
        for (int i = 0; i < names.size(); i++) {
            assertEquals(dialect.toSql(names.get(i)), dialect.toSql(definitions.get(i)), names.get(i).describe());
        }
    }

    @Test
    void theDefinitionFormsAreReversible() {
        for (MigrationOperation operation : withDefinitions()) {
            if (!(operation instanceof SetNotNullViaCheck)) {
                assertEquals(operation, operation.reverse().reverse(), operation.describe());
            }
        }
    }

    @Test
    void aBackfillOnTheDefinitionIsNotPartOfTheExistingColumn() {
        OperationRecorder op = new OperationRecorder();
        op.setDefault("todo", TITLE.backfill("'none'"), "'x'");
        assertEquals(List.of(new AlterColumnDefault("todo", "title", "'x'", "''", TITLE)), op.operations());
    }
}
