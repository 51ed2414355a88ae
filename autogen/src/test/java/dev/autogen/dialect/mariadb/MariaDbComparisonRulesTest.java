package dev.autogen.dialect.mariadb;

import dev.autogen.diff.Backfill;
import dev.autogen.diff.CheckDomain;
import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MariaDbComparisonRulesTest {
    private final MariaDbComparisonRules rules = MariaDbComparisonRules.INSTANCE;

    @Test
    void types() {
        assertTrue(rules.sameType("int(11)", "integer"));
        assertTrue(rules.sameType("bit(1)", "bit"));
        assertTrue(rules.sameType("enum('A','B')", "enum ('A','B')"));
        assertFalse(rules.sameType("varchar(40)", "varchar(60)"));
        assertFalse(rules.sameType("enum('A','B')", "enum('A','B','C')"));
    }

    @Test
    void defaults() {
        assertTrue(rules.sameDefault(null, null));
        assertTrue(rules.sameDefault("false", "0"), "b'0' is read as 0");
        assertTrue(rules.sameDefault("now()", "current_timestamp()"));
        assertTrue(rules.sameDefault("0.00", "0"));
        assertTrue(rules.sameDefault("NULL", null));
        assertFalse(rules.sameDefault("'new'", "'old'"));
        assertFalse(rules.sameDefault("1", "0"));
        assertFalse(rules.sameDefault("'x'", null));
        assertTrue(rules.sameDefault("some_function(1)", "other_function(2)"), "not understood: taken as the same");
    }

    @Test
    void checks() {
        assertTrue(rules.sameCheck("(tier between 0 and 2)", "`tier` between 0 and 2"));
        assertTrue(rules.sameCheck("status in ('A','B')", "`status` in ('B','A')"), "the same values");
        assertFalse(rules.sameCheck("balance >= 0", "`balance` >= 1"));
        assertFalse(rules.sameCheck("tier between 0 and 2", "tier between 0 and 3"));
        assertTrue(rules.sameCheck("length(tag) > 1", "octet_length(`tag`) > 1"), "functions MariaDB may respell");
        assertFalse(rules.equivalentChecks("length(tag) > 1", "octet_length(`tag`) > 1"));
        assertEquals("tier between 0 and 2", rules.recreatableCheck("`tier` between 0 and 2"));
    }

    @Test
    void domains() {
        assertEquals(Optional.of(new CheckDomain("tier", List.of("0", "2"), true)), rules.checkDomain("`tier` between 0 and 2"));
        assertEquals(Optional.of(new CheckDomain("kind", List.of("'A'", "'B'"), false)), rules.checkDomain("(kind in ('A', 'B'))"));
        assertEquals(Optional.of(new CheckDomain("n", List.of("1", "9"), true)), rules.checkDomain("n >= 1 and n <= 9"));
        assertTrue(rules.checkDomain("a > b").isEmpty());
    }

    @Test
    void expressionsAndNames() {
        assertTrue(rules.sameExpression("`a` + `b`", "a + b"));
        assertFalse(rules.sameExpression("a + b", "a - b"));
        assertTrue(rules.sameExpression(null, null));
        assertFalse(rules.sameExpression("a", null));
        assertEquals(List.of("price", "Qty"), rules.referencedColumns("`PRICE` * qty > 'price' and abs(x) > 0",
                List.of("price", "Qty", "x2")));
        assertEquals("`by` > 0 and other > 'amount'", rules.renameColumn("amount > 0 and other > 'amount'", "amount", "by"));
        assertEquals("total > 0", rules.renameColumn("`amount` > 0", "amount", "total"));
    }

    @Test
    void typeChanges() {
        assertFalse(rules.familyChanges("int", "bigint"));
        assertTrue(rules.familyChanges("varchar(10)", "int"));
        assertFalse(rules.rewritesTable("varchar(40)", "varchar(60)", null), "grows in place");
        assertTrue(rules.rewritesTable("varchar(200)", "varchar(300)", null), "length bytes change");
        assertFalse(rules.rewritesTable("enum('A','B')", "enum('A','B','C')", null), "appended value: instant");
        assertTrue(rules.rewritesTable("enum('B','C')", "enum('A','B','C')", null), "a value sorted first");
        assertTrue(rules.rewritesTable("int", "bigint", null));
        TableModel table = new TableModel("t", List.of(), null, List.of(), List.of(), List.of(), List.of());
        assertNotNull(rules.typeConversion(Direction.UPGRADE, table, ColumnDef.of("c", "varchar(60)"), table,
                ColumnDef.of("c", "varchar(40)")).review());
        assertNull(rules.typeConversion(Direction.UPGRADE, table, ColumnDef.of("c", "varchar(40)"), table,
                ColumnDef.of("c", "varchar(60)")).review());
        assertNull(rules.typeConversion(Direction.UPGRADE, table, ColumnDef.of("c", "int"), table,
                ColumnDef.of("c", "bigint")).using(), "MODIFY converts by itself");
        assertNotNull(rules.typeConversion(Direction.DOWNGRADE, table, ColumnDef.of("c", "enum('A','B')"), table,
                ColumnDef.of("c", "enum('A')")).review());
    }

    @Test
    void backfills() {
        ForeignKeyDef fk = new ForeignKeyDef("fk", List.of("p_id"), "Parent", List.of("id"), null);
        TableModel table = new TableModel("t", List.of(), null, List.of(), List.of(), List.of(fk), List.of());
        assertEquals(new Backfill("0", null), rules.backfill(table, ColumnDef.of("n", "integer").notNull()));
        assertEquals(new Backfill("0", null), rules.backfill(table, ColumnDef.of("b", "bit").notNull()));
        assertEquals("''", rules.backfill(table, ColumnDef.of("s", "varchar(10)").notNull()).expression());
        assertEquals("'B'", rules.backfill(table, ColumnDef.of("e", "enum ('B','C')").notNull()).expression());
        assertEquals("CURRENT_TIMESTAMP", rules.backfill(table, ColumnDef.of("d", "datetime(6)").notNull()).expression());
        assertEquals("(SELECT min(`id`) FROM `Parent`)", rules.backfill(table, ColumnDef.of("p_id", "bigint")).expression());
        assertEquals("'x'", rules.backfillForNulls(table, ColumnDef.of("s", "varchar(10)").defaultValue("'x'")).expression());
    }
}
