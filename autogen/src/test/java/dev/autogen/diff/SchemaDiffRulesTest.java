package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.autogen.diff.TableBuilder.schema;
import static dev.autogen.diff.TableBuilder.table;
import static dev.autogen.runtime.Ddl.check;
import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diff compares types, defaults and checks by the rules it is given, not by PostgreSQL's. */
class SchemaDiffRulesTest {
    private static final ComparisonRules DISPLAY_WIDTHS = new DisplayWidths();

    private static SchemaModel todo(ColumnDef column) {
        return schema(table("todo").column(column("id", "bigint").notNull()).column(column)
                .primaryKey(primaryKey("id")).build());
    }

    @Test
    void typesTheRulesTakeAsEqualAreNotChanged() {
        SchemaModel target = todo(column("rank", "integer"));
        SchemaModel current = todo(column("rank", "int(11)"));

        assertTrue(SchemaDiff.compare(target, current, DISPLAY_WIDTHS).isEmpty());
        assertInstanceOf(AlterColumnType.class, SchemaDiff.compare(target, current).upgrade().get(0).operation());
    }

    @Test
    void defaultsTheRulesTakeAsEqualAreNotChanged() {
        SchemaModel target = todo(column("done", "boolean").defaultValue("false"));
        SchemaModel current = todo(column("done", "boolean").defaultValue("0"));

        assertTrue(SchemaDiff.compare(target, current, DISPLAY_WIDTHS).isEmpty());
        assertEquals(1, SchemaDiff.compare(target, current).upgrade().size());
    }

    @Test
    void checksTheRulesTakeAsEqualAreNotChanged() {
        TableModel wanted = table("todo").column(column("id", "bigint").notNull()).column(column("rank", "integer"))
                .primaryKey(primaryKey("id")).check(check("todo_rank_check", "rank >= 0")).build();
        TableModel present = table("todo").column(column("id", "bigint").notNull()).column(column("rank", "integer"))
                .primaryKey(primaryKey("id")).check(check("todo_rank_check", "`rank` >= 0")).build();

        assertTrue(SchemaDiff.compare(schema(wanted), schema(present), DISPLAY_WIDTHS).isEmpty());
        assertFalse(SchemaDiff.compare(schema(wanted), schema(present)).isEmpty());
    }

    @Test
    void addedNotNullColumnIsFilledWithTheBackfillOfTheRules() {
        SchemaModel target = todo(column("rank", "integer").notNull());
        SchemaModel current = schema(table("todo").column(column("id", "bigint").notNull())
                .primaryKey(primaryKey("id")).build());

        MigrationOperation added = SchemaDiff.compare(target, current, DISPLAY_WIDTHS).upgrade().get(0).operation();

        assertEquals(new AddColumn("todo", column("rank", "integer").notNull().backfill("-1")), added);
        assertEquals(new AddColumn("todo", column("rank", "integer").notNull().backfill("0")),
                SchemaDiff.compare(target, current).upgrade().get(0).operation());
    }

    /**
     * Rules of a made-up database that writes integers with a display width ({@code int(11)}), booleans'
     * defaults as numbers, quotes names in backticks and fills new columns with {@code -1}; the rest is
     * PostgreSQL's.
     */
    private static final class DisplayWidths extends ForwardingComparisonRules {
        @Override
        public String canonicalType(String sqlType) {
            return super.canonicalType(sqlType.replaceFirst("^int\\(\\d+\\)$", "integer"));
        }

        @Override
        public boolean sameDefault(String a, String b) {
            return super.sameDefault(number(a), number(b));
        }

        private static String number(String value) {
            return "false".equals(value) ? "0" : "true".equals(value) ? "1" : value;
        }

        @Override
        public boolean sameCheck(String a, String b) {
            return super.sameCheck(a.replace("`", ""), b.replace("`", ""));
        }

        @Override
        public boolean equivalentChecks(String a, String b) {
            return super.equivalentChecks(a.replace("`", ""), b.replace("`", ""));
        }

        @Override
        public Optional<CheckDomain> checkDomain(String expression) {
            return super.checkDomain(expression.replace("`", ""));
        }

        @Override
        public List<String> referencedColumns(String sql, List<String> columnNames) {
            return super.referencedColumns(sql.replace("`", ""), columnNames);
        }

        @Override
        public Backfill backfill(TableModel table, ColumnDef column) {
            return new Backfill("-1", null);
        }
    }
}
