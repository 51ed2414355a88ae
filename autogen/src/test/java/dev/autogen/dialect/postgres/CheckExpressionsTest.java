package dev.autogen.dialect.postgres;

import dev.autogen.diff.CheckDomain;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recognizing value lists and ranges in Hibernate's and the catalog's spellings. */
class CheckExpressionsTest {
    private static CheckDomain domain(String expression) {
        return CheckExpressions.domain(expression).orElseThrow(() -> new AssertionError("not recognized: " + expression));
    }

    @Test
    void hibernateValueList() {
        assertEquals(new CheckDomain("status", List.of("'OPEN'", "'DONE'"), false),
                domain("status in ('OPEN','DONE')"));
    }

    @Test
    void catalogValueList() {
        assertEquals(new CheckDomain("status", List.of("'OPEN'", "'DONE'"), false),
                domain("((status)::text = ANY ((ARRAY['OPEN'::character varying, 'DONE'::character varying])::text[]))"));
    }

    @Test
    void catalogValueListOfText() {
        assertEquals(new CheckDomain("kind", List.of("'a'", "'b'"), false),
                domain("(kind = ANY (ARRAY['a'::text, 'b'::text]))"));
    }

    @Test
    void hibernateAndCatalogRanges() {
        CheckDomain expected = new CheckDomain("tier", List.of("0", "2"), true);
        assertEquals(expected, domain("tier between 0 and 2"));
        assertEquals(expected, domain("((tier >= 0) AND (tier <= 2))"));
    }

    @Test
    void quotedNegativeNumbersOfTheCatalogAreNumbers() {
        assertEquals(domain("level between -1 and 1"), domain("((level >= '-1'::integer) AND (level <= 1))"));
    }

    @Test
    void quotedColumnKeepsItsCase() {
        assertEquals("Status", domain("\"Status\" in ('A')").column());
        assertEquals("Status", domain("((\"Status\")::text = ANY ((ARRAY['A'::character varying])::text[]))").column());
    }

    @Test
    void literalsMayHoldCommasParenthesesQuotesAndUpperCase() {
        assertEquals(List.of("'a, (b)'", "'it''s'", "'UP'"), domain("note in ('a, (b)', 'it''s', 'UP')").values());
    }

    @Test
    void otherShapesAreNotRecognized() {
        for (String expression : List.of("amount >= 0", "(amount >= (0)::numeric)", "length(title) > 0",
                "lower(code) in ('a')", "a in ('x') or b in ('y')", "((a >= 0) AND (b <= 2))", "")) {
            assertEquals(Optional.empty(), CheckExpressions.domain(expression), expression);
        }
    }

    @Test
    void sameWhenValuesAgreeWhateverTheSpellingOrOrder() {
        assertTrue(CheckExpressions.same("status in ('OPEN','DONE')",
                "((status)::text = ANY ((ARRAY['DONE'::character varying, 'OPEN'::character varying])::text[]))"));
        assertTrue(CheckExpressions.same("tier between 0 and 2", "((tier >= 0) AND (tier <= 2))"));
    }

    @Test
    void differentWhenValuesOrColumnDiffer() {
        assertFalse(CheckExpressions.same("status in ('OPEN','DONE')", "status in ('OPEN','DONE','ARCHIVED')"));
        assertFalse(CheckExpressions.same("status in ('OPEN','DONE')",
                "((status)::text = ANY ((ARRAY['OPEN'::character varying])::text[]))"));
        assertFalse(CheckExpressions.same("tier between 0 and 2", "((tier >= 0) AND (tier <= 3))"));
        assertFalse(CheckExpressions.same("a in ('x')", "b in ('x')"));
        assertFalse(CheckExpressions.same("tier between 0 and 2", "tier in (0, 1, 2)"));
    }

    @Test
    void otherExpressionsAreComparedInNormalizedForm() {
        assertTrue(CheckExpressions.same("amount >= 0", "(amount >= (0)::numeric)"));
        assertTrue(CheckExpressions.same("length(dueAt) > 2", "(length((dueat)::text) > 2)"));
        assertTrue(CheckExpressions.same("DTYPE <> 'Dog' or (barks is not null)",
                "((((dtype)::text <> 'Dog'::text) OR (barks IS NOT NULL)))"));
        assertTrue(CheckExpressions.same("x > -1 and name like 'a%'", "((x > '-1'::integer) AND ((name)::text ~~ 'a%'::text))"));
        assertFalse(CheckExpressions.same("amount >= 0", "(amount > (0)::numeric)"));
        assertFalse(CheckExpressions.same("amount >= 0", "status in ('A')"));
    }

    @Test
    void expressionsWhoseSpellingIsNotCoveredAreTakenAsUnchanged() {
        assertTrue(CheckExpressions.same("trim(name) <> ''", "(TRIM(BOTH FROM name) <> ''::text)"));
        assertTrue(CheckExpressions.same("case when a then 1 else 2 end > 0", "something else"));
        assertFalse(CheckExpressions.equivalent("case when a then 1 else 2 end > 0", "something else"));
    }
}
