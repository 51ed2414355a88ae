package dev.autogen.codegen;

import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first revision of a large model compiles: its statements would exceed the JVM's 64 KB limit
 * on one method's bytecode, so the writer cuts them into several private methods, called in order.
 */
class LargePlanTest {
    private static final int TABLES = 400;

    @TempDir
    Path classes;

    @Test
    void aPlanTooLargeForOneMethodIsSplitAndCompiles() throws Exception {
        MigrationPlan plan = SchemaDiff.compare(model(), SchemaModel.empty());
        String source = new MigrationWriter("db.migrations").write(
                new RevisionHeader("20260101_000000", List.of(), "initial schema", LocalDate.of(2026, 1, 1)), plan).source();

        assertTrue(source.contains("upgradePart2(op);"), "the upgrade calls its parts");
        assertTrue(source.contains("private static void downgradePart1(Operations op)"), "the downgrade has parts");
        assertEquals(count(source, "op.createTable("), TABLES, "every table is created once");
        assertEquals(count(source, "op.dropTable("), TABLES, "every table is dropped once");
        assertTrue(source.indexOf("upgradePart1(op);") < source.indexOf("upgradePart2(op);"), "parts run in order");
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile("db.migrations.V20260101_000000_InitialSchema",
                source, classes);
        assertTrue(compiled.success(), compiled.diagnostics());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static SchemaModel model() {
        List<TableModel> tables = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            String name = String.format(Locale.ROOT, "entity_%04d", i);
            List<ColumnDef> columns = new ArrayList<>(List.of(
                    ColumnDef.of("id", "bigint").withNullable(false),
                    ColumnDef.of("name", "varchar(255)").withNullable(false),
                    ColumnDef.of("code", "varchar(32)").withNullable(false),
                    ColumnDef.of("amount", "numeric(12,2)"),
                    ColumnDef.of("due", "date"),
                    ColumnDef.of("created_at", "timestamp(6) with time zone"),
                    ColumnDef.of("active", "boolean").withNullable(false),
                    ColumnDef.of("status", "varchar(16)"),
                    ColumnDef.of("tenant", "integer").withNullable(false),
                    ColumnDef.of("parent_id", "bigint")));
            List<ForeignKeyDef> foreignKeys = i == 0 ? List.of() : List.of(new ForeignKeyDef(name + "_parent_fk",
                    List.of("parent_id"), String.format(Locale.ROOT, "entity_%04d", i - 1), List.of("id"),
                    ForeignKeyAction.NO_ACTION));
            tables.add(new TableModel(name, columns, new PrimaryKeyDef(null, List.of("id")),
                    List.of(new UniqueDef(name + "_code_key", List.of("code", "tenant"))),
                    List.of(new IndexDef(name + "_name_idx", List.of("name"), false)), foreignKeys,
                    List.of(new CheckDef(name + "_status_check", "status IN ('NEW', 'DONE')"))));
        }
        return SchemaModel.of(tables, List.of());
    }
}
