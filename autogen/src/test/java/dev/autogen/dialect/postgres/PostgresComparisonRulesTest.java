package dev.autogen.dialect.postgres;

import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.diff.Backfill;
import dev.autogen.diff.CheckDomain;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.diff.TypeConversion;
import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.TableModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.autogen.runtime.Ddl.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL's comparison rules answer as autogen compared PostgreSQL schemas before there were rules. */
class PostgresComparisonRulesTest {
    private final ComparisonRules rules = ComparisonRules.postgres();

    private static TableModel table(List<ColumnDef> columns, List<CheckDef> checks) {
        return new TableModel("todo", columns, null, List.of(), List.of(), List.of(), checks, null);
    }

    @Test
    void isTheRulesOfThePostgresDialect() {
        assertSame(rules, DatabaseDialects.named("postgresql").comparisonRules());
    }

    @Test
    void typeSynonymsAreTheSameType() {
        assertEquals("integer", rules.canonicalType("int4"));
        assertEquals("varchar(20)", rules.canonicalType("character varying(20)"));
        assertTrue(rules.sameType("int", "integer"));
        assertTrue(rules.sameType("timestamp without time zone", "timestamp(6)"));
        assertFalse(rules.sameType("integer", "bigint"));
    }

    @Test
    void catalogSpellingsOfDefaultsAreTheSame() {
        assertTrue(rules.sameDefault("'x'", "'x'::character varying"));
        assertTrue(rules.sameDefault("now()", "CURRENT_TIMESTAMP"));
        assertTrue(rules.sameDefault(null, null));
        assertFalse(rules.sameDefault("1", "2"));
        assertFalse(rules.sameDefault("1", null));
    }

    @Test
    void catalogSpellingsOfChecksAreTheSame() {
        String catalog = "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))";

        assertTrue(rules.sameCheck("status in ('A','B')", catalog));
        assertTrue(rules.equivalentChecks("status in ('B','A')", catalog));
        assertFalse(rules.sameCheck("status in ('A')", catalog));
        assertEquals("status in ('A','B')", rules.recreatableCheck(catalog));
        assertEquals(Optional.of(new CheckDomain("status", List.of("'A'", "'B'"), false)), rules.checkDomain(catalog));
        assertEquals(Optional.of(new CheckDomain("tier", List.of("0", "2"), true)),
                rules.checkDomainOf(table(List.of(), List.of(new CheckDef("c", "tier between 0 and 2"))), "tier"));
    }

    @Test
    void expressionsAreComparedAndRewrittenInPostgresSpelling() {
        assertTrue(rules.sameExpression("price * qty", "(price * (qty)::numeric)"));
        assertFalse(rules.sameExpression("price * qty", "price + qty"));
        assertEquals(List.of("qty"), rules.referencedColumns("price_x * \"qty\"", List.of("price", "qty")));
        assertEquals("\"Amount\" * 2", rules.renameColumn("qty * 2", "qty", "Amount"));
    }

    @Test
    void typeChangesConvertAsPostgresCasts() {
        ColumnDef text = column("rank", "varchar(10)");
        ColumnDef number = column("rank", "integer");
        TableModel before = table(List.of(text), List.of());
        TableModel after = table(List.of(number), List.of());

        TypeConversion conversion = rules.typeConversion(Direction.UPGRADE, before, text, after, number);

        assertEquals("rank::integer", conversion.using());
        assertNotNull(conversion.review());
        assertTrue(rules.familyChanges("varchar(10)", "integer"));
        assertFalse(rules.familyChanges("integer", "bigint"));
        assertFalse(rules.rewritesTable("varchar(10)", "varchar(20)", null));
        assertTrue(rules.rewritesTable("integer", "bigint", null));
    }

    @Test
    void backfillsAreZeroOrAPlaceholder() {
        ColumnDef flag = column("done", "boolean").notNull();
        ColumnDef title = column("title", "text").notNull();
        TableModel todo = table(List.of(flag, title), List.of());

        assertEquals(new Backfill("false", null), rules.backfill(todo, flag));
        assertEquals("''", rules.backfill(todo, title).expression());
        assertNotNull(rules.backfill(todo, title).review());
        Backfill fromDefault = rules.backfillForNulls(todo, column("done", "boolean").defaultValue("true"));
        assertEquals("true", fromDefault.expression());
        assertNull(fromDefault.review());
    }
}
