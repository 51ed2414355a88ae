package dev.autogen.dialect.mariadb;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MariaDbExpressionsTest {
    @Test
    void catalogDefaults() {
        assertNull(MariaDbExpressions.columnDefault(null));
        assertNull(MariaDbExpressions.columnDefault("NULL"));
        assertEquals("'NULL'", MariaDbExpressions.columnDefault("'NULL'"), "the string NULL is a value");
        assertEquals("0", MariaDbExpressions.columnDefault("b'0'"));
        assertEquals("5", MariaDbExpressions.columnDefault("b'101'"));
        assertEquals("current_timestamp()", MariaDbExpressions.columnDefault("current_timestamp()"));
        assertEquals("'x'", MariaDbExpressions.columnDefault("'x'"));
    }

    @Test
    void canonicalDefaults() {
        assertEquals(MariaDbExpressions.canonicalDefault("now()"), MariaDbExpressions.canonicalDefault("current_timestamp()"));
        assertEquals(MariaDbExpressions.canonicalDefault("CURRENT_TIMESTAMP"), MariaDbExpressions.canonicalDefault("current_timestamp()"));
        assertEquals(MariaDbExpressions.canonicalDefault("now(6)"), MariaDbExpressions.canonicalDefault("current_timestamp(6)"));
        assertNotEquals(MariaDbExpressions.canonicalDefault("now(6)"), MariaDbExpressions.canonicalDefault("now()"));
        assertEquals(MariaDbExpressions.canonicalDefault("false"), MariaDbExpressions.canonicalDefault("b'0'"));
        assertEquals(MariaDbExpressions.canonicalDefault("true"), MariaDbExpressions.canonicalDefault("1"));
        assertEquals(MariaDbExpressions.canonicalDefault("(0)"), MariaDbExpressions.canonicalDefault("0"));
        assertNotEquals(MariaDbExpressions.canonicalDefault("'A'"), MariaDbExpressions.canonicalDefault("'a'"));
    }

    @Test
    void checkClauses() {
        assertEquals("tier between 0 and 2", MariaDbExpressions.checkClause("`tier` between 0 and 2"));
        assertEquals("s <> '`x`'", MariaDbExpressions.checkClause("`s` <> '`x`'"));
        assertEquals("`by` <> ''", MariaDbExpressions.checkClause("`by` <> ''"), "a reserved word keeps its quotes");
        assertEquals("`odd name` > 0", MariaDbExpressions.checkClause("`odd name` > 0"));
        assertEquals("s <> 'it''s `q`'", MariaDbExpressions.checkClause("`s` <> 'it''s `q`'"));
    }

    @Test
    void canonicalChecks() {
        assertEquals(MariaDbExpressions.canonicalCheck("(tier between 0 and 2)"),
                MariaDbExpressions.canonicalCheck("`tier` BETWEEN 0 AND 2"));
        assertEquals(MariaDbExpressions.canonicalCheck("(a >= 0) and (b >= 0)"),
                MariaDbExpressions.canonicalCheck("(`a` >= 0) and (`b` >= 0)"));
        assertNotEquals(MariaDbExpressions.canonicalCheck("s <> 'A'"), MariaDbExpressions.canonicalCheck("s <> 'a'"));
        assertEquals(MariaDbExpressions.canonicalCheck("by <> ''"), MariaDbExpressions.canonicalCheck("`by` <> ''"));
        assertNotEquals(MariaDbExpressions.canonicalCheck("(a > 0) or (b > 0)"),
                MariaDbExpressions.canonicalCheck("a > 0 or b > 0 and c"));
    }

    @Test
    void jsonValidChecks() {
        assertTrue(MariaDbExpressions.isJsonValidCheck("prefs", "prefs", "json_valid(`prefs`)"));
        assertFalse(MariaDbExpressions.isJsonValidCheck("prefs", "my_check", "json_valid(`prefs`)"));
        assertFalse(MariaDbExpressions.isJsonValidCheck("prefs", "prefs", "json_valid(`other`)"));
        assertFalse(MariaDbExpressions.isJsonValidCheck("prefs", "prefs", "json_valid(`prefs`) and prefs <> '{}'"));
    }
}
