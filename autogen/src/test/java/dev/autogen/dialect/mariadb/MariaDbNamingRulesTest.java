package dev.autogen.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MariaDbNamingRulesTest {
    private final MariaDbNamingRules rules = MariaDbNamingRules.INSTANCE;

    @Test
    void namesKeepTheirCase() {
        assertEquals("Customer", rules.storedName("Customer", false, "table name Customer"));
        assertEquals("purchaseOrder_id", rules.storedName("purchaseOrder_id", false, "column"));
        assertEquals("by", rules.storedName("by", true, "column by"));
        assertEquals("Product_SEQ", rules.storedNameOfText("`Product_SEQ`", "sequence"));
        assertEquals("a`b", rules.storedName("a``b", true, "column"));
    }

    @Test
    void longNamesFailRatherThanBeingCut() {
        String name = "x".repeat(65);
        AutogenException e = assertThrows(AutogenException.class, () -> rules.storedName(name, false, "table name " + name));
        assertTrue(e.getMessage().contains("64 characters"), e.getMessage());
        assertEquals("x".repeat(64), rules.storedName("x".repeat(64), false, "table"));
        assertThrows(AutogenException.class, () -> rules.storedName("two words", false, "column"));
        assertThrows(AutogenException.class, () -> rules.storedName("a`b", true, "column"));
    }

    @Test
    void derivedNames() {
        assertEquals("PRIMARY", rules.primaryKeyName("Customer", null));
        assertEquals("tier", rules.columnCheckName("Customer", "tier", "tier", "check"));
        assertEquals("tier", rules.columnCheckName("Customer", "tier", null, "check"));
        assertEquals("tier_2", rules.columnCheckName("Customer", "tier", "tier", "check1"));
        assertEquals("CONSTRAINT_1", rules.tableCheckName("Customer", "balance", "check"));
        assertEquals("CONSTRAINT_3", rules.tableCheckName("Customer", null, "check2"));
        assertEquals("email", rules.defaultConstraintName("Customer", "email", "key"));
        assertEquals(64, rules.maxLength());
        assertEquals("64 characters", rules.describeMaxLength());
        assertFalse(rules.keyNamesSharedBySchema());
    }
}
