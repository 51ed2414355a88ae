package dev.autogen.dialect.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hibernate's spelling and the catalog's normalize to the same text; different expressions do not. */
class SqlExpressionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "amount >= 0 | (amount >= (0)::numeric)",
        "length(dueAt) > 2 | (length((dueat)::text) > 2)",
        "DTYPE <> 'Dog' or (barks is not null) | (((dtype)::text <> 'Dog'::text) OR (barks IS NOT NULL))",
        "status in ('OPEN','DONE') | ((status)::text = ANY ((ARRAY['OPEN'::character varying, 'DONE'::character varying])::text[]))",
        "kind in ('A') | ((kind)::text = 'A'::text)",
        "kind not in ('A','B') | ((kind)::text <> ALL ((ARRAY['A'::character varying, 'B'::character varying])::text[]))",
        "tier between 0 and 2 | ((tier >= 0) AND (tier <= 2))",
        "tier not between 0 and 2 | ((tier < 0) OR (tier > 2))",
        "length(name) between 1 and 10 | ((length((name)::text) >= 1) AND (length((name)::text) <= 10))",
        "x > -1 | (x > '-1'::integer)",
        "name like 'a%' | ((name)::text ~~ 'a%'::text)",
        "name not ilike 'a%' | ((name)::text !~~* 'a%'::text)",
        "a != b | (a <> b)",
        "\"Order\" > 0 | (\"Order\" > 0)",
        "\"order\" > 0 | (\"order\" > 0)",
        "\"plain\" > 0 | (plain > 0)",
        "d > '2020-01-01' | (d > '2020-01-01'::date)",
        "t < now() | (t < now())",
        "'x' | 'x'::character varying",
        "nextval('s') | nextval('s'::regclass)",
        "p > 1.5 | (p > 1.5::double precision)",
        "ts > '2020-01-01' | (ts > '2020-01-01'::timestamp(6) without time zone)",
    })
    void spellingsOfTheSameExpressionNormalizeAlike(String hibernate, String catalog) {
        assertEquals(SqlExpressions.normalize(hibernate).text(), SqlExpressions.normalize(catalog).text());
    }

    @Test
    void differentExpressionsStayDifferent() {
        assertNotEquals(SqlExpressions.normalize("amount >= 0").text(), SqlExpressions.normalize("amount > 0").text());
        assertNotEquals(SqlExpressions.normalize("a in ('x','y')").text(), SqlExpressions.normalize("a in ('x')").text());
        assertNotEquals(SqlExpressions.normalize("'A b'").text(), SqlExpressions.normalize("'a b'").text());
        assertNotEquals(SqlExpressions.normalize("\"Order\" > 0").text(), SqlExpressions.normalize("\"order\" > 0").text());
    }

    @Test
    void constructsWhoseSpellingIsNotCoveredAreFlagged() {
        assertTrue(SqlExpressions.normalize("a > 0 and b is not null").understood());
        assertFalse(SqlExpressions.normalize("case when a then 1 else 0 end = 1").understood());
        assertFalse(SqlExpressions.normalize("trim(name) <> ''").understood());
        assertFalse(SqlExpressions.normalize("(now() + interval '1 day')").understood());
    }

    @Test
    void referencedColumnsSkipLiteralsFunctionsAndCasts() {
        List<String> columns = List.of("id", "cat", "length", "text", "Mixed");

        assertEquals(List.of("cat"), SqlExpressions.referencedColumns("CAT in ('cat', 'dog')", columns));
        assertEquals(List.of(), SqlExpressions.referencedColumns("length('x') > 0", columns));
        assertEquals(List.of("id"), SqlExpressions.referencedColumns("(id)::text <> 'x'", columns));
        assertEquals(List.of("id", "Mixed"), SqlExpressions.referencedColumns("id > \"Mixed\"", columns));
        assertEquals(List.of(), SqlExpressions.referencedColumns("mixed > 0", columns));
    }

    @Test
    void renamingAColumnRewritesItsReferencesOnly() {
        assertEquals("headline <> 'title' and length(headline) > 0",
                SqlExpressions.renameColumn("title <> 'title' and length(TITLE) > 0", "title", "headline"));
        assertEquals("\"Order\" > 0", SqlExpressions.renameColumn("rank > 0", "rank", "Order"));
        assertEquals("((\"order\")::text = 'a'::text)",
                SqlExpressions.renameColumn("((kind)::text = 'a'::text)", "kind", "order"));
        assertEquals("(day > '2000-01-01'::date)",
                SqlExpressions.renameColumn("(date > '2000-01-01'::date)", "date", "day"));
    }
}
