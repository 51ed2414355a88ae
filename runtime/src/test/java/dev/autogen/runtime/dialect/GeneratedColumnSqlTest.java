package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.runtime.ops.TableDef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Stored generated columns in PostgreSQL's SQL, and the operations that add or drop their expression. */
class GeneratedColumnSqlTest {
    private static final ColumnDef TOTAL = column("total", "numeric(10,2)").notNull().generatedAs("price * qty");
    private final PostgresDialect dialect = new PostgresDialect();

    @Test
    void generatedColumnIsWrittenAsPostgresqlSpellsIt() {
        assertEquals(List.of("ALTER TABLE line ADD COLUMN total numeric(10,2) GENERATED ALWAYS AS (price * qty)"
                + " STORED NOT NULL"), dialect.toSql(new AddColumn("line", TOTAL)));
        assertEquals(List.of("CREATE TABLE line (\n    price numeric(10,2),\n    total numeric(10,2)"
                        + " GENERATED ALWAYS AS (price * qty) STORED NOT NULL\n)"),
                dialect.toSql(new CreateTable(new TableDef("line", List.of(column("price", "numeric(10,2)"), TOTAL), null, List.of(), List.of()))));
    }

    @Test
    void ordinaryColumnSqlIsUnchanged() {
        assertEquals(List.of("ALTER TABLE line ADD COLUMN qty integer DEFAULT 1 NOT NULL"),
                dialect.toSql(new AddColumn("line", column("qty", "integer").notNull().defaultValue("1"))));
        assertEquals(new ColumnDef("qty", "integer", true, null, dev.autogen.runtime.ops.Identity.NONE, null, null),
                column("qty", "integer"));
    }

    @Test
    void dropExpressionKeepsTheValuesAndAddingOneRebuildsTheColumn() {
        DropColumnExpression drop = new DropColumnExpression("line", "total", TOTAL);
        assertEquals(List.of("ALTER TABLE line ALTER COLUMN total DROP EXPRESSION"), dialect.toSql(drop));
        assertEquals(new AddColumnExpression("line", TOTAL), drop.reverse());
        assertEquals(drop, drop.reverse().reverse());
        assertEquals(List.of("ALTER TABLE line DROP COLUMN total", "ALTER TABLE line ADD COLUMN total"
                + " numeric(10,2) GENERATED ALWAYS AS (price * qty) STORED NOT NULL"), dialect.toSql(drop.reverse()));
    }

    @Test
    void aHandWrittenDropExpressionCannotBeReversed() {
        assertThrows(RuntimeException.class, () -> new DropColumnExpression("line", "total", null).reverse());
        assertThrows(IllegalArgumentException.class, () -> new AddColumnExpression("line", column("total", "integer")));
    }
}
