package dev.autogen.runtime.dialect;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The expected constraint names below are the ones PostgreSQL 15 chose for the same tables and columns. */
class PostgresIdentifiersTest {
    @Test
    void literalsWithoutBackslashKeepTheirPlainForm() {
        assertEquals("'it''s'", PostgresIdentifiers.literal("it's"));
        assertEquals("'line\none'", PostgresIdentifiers.literal("line\none"));
        assertEquals("''", PostgresIdentifiers.literal(""));
    }

    @Test
    void literalsWithABackslashAreEscapeStringsThatNoSettingCanEnd() {
        assertEquals("E'C:\\\\temp\\\\'' ; CREATE TABLE pwned (id int); --'",
                PostgresIdentifiers.literal("C:\\temp\\' ; CREATE TABLE pwned (id int); --"));
        assertEquals("E'\\\\'", PostgresIdentifiers.literal("\\"));
    }

    @Test
    void visibleLiteralsWriteHiddenCharactersAsEscapes() {
        assertEquals("'größe it''s'", PostgresIdentifiers.visibleLiteral("größe it's"));
        assertEquals("E'C:\\\\temp'", PostgresIdentifiers.visibleLiteral("C:\\temp"));
        assertEquals("E'x\\n\\\\! id\\x1B[2J\\u202Eit''s\\U000E0001'",
                PostgresIdentifiers.visibleLiteral("x\n\\! id\u001B[2J\u202Eit's\uDB40\uDC01"));
    }

    @Test
    void plainLowerCaseNamesStayBare() {
        assertEquals("todo", PostgresIdentifiers.quote("todo"));
        assertEquals("_due_at2$", PostgresIdentifiers.quote("_due_at2$"));
        assertEquals("position", PostgresIdentifiers.quote("position"));
    }

    @Test
    void otherNamesAreQuoted() {
        assertEquals("\"order\"", PostgresIdentifiers.quote("order"));
        assertEquals("\"user\"", PostgresIdentifiers.quote("user"));
        assertEquals("\"AuditEntry\"", PostgresIdentifiers.quote("AuditEntry"));
        assertEquals("\"2fa\"", PostgresIdentifiers.quote("2fa"));
        assertEquals("\"due at\"", PostgresIdentifiers.quote("due at"));
        assertEquals("\"größe\"", PostgresIdentifiers.quote("größe"));
        assertEquals("\"say \"\"hi\"\"\"", PostgresIdentifiers.quote("say \"hi\""));
    }

    @Test
    void qualifiedNamesQuoteEachPart() {
        assertEquals("billing.invoice", PostgresIdentifiers.quoteQualified("billing.invoice"));
        assertEquals("\"Billing\".\"Invoice\"", PostgresIdentifiers.quoteQualified("Billing.Invoice"));
        assertEquals("public.\"order\"", PostgresIdentifiers.quoteQualified("public.order"));
        assertEquals("\"AuditEntry\"", PostgresIdentifiers.quoteQualified("AuditEntry"));
        assertEquals("billing", PostgresIdentifiers.schemaOf("billing.invoice"));
        assertEquals("invoice", PostgresIdentifiers.nameOf("billing.invoice"));
        assertNull(PostgresIdentifiers.schemaOf("invoice"));
        assertEquals("invoice", PostgresIdentifiers.nameOf("invoice"));
    }

    @Test
    void foldingLowersOnlyAsciiLettersAsPostgresDoes() {
        assertEquals("straße", PostgresIdentifiers.fold("Straße"));
        assertEquals("Äpfel", PostgresIdentifiers.fold("ÄPFEL"));
        assertEquals("İd_1$", PostgresIdentifiers.fold("İD_1$"));
        assertEquals("dueat", PostgresIdentifiers.fold("DueAt"));
    }

    @Test
    void aPartWithADotOrAQuoteIsWrittenInQuotes() {
        assertEquals("invoice", PostgresIdentifiers.qualify(null, "invoice"));
        assertEquals("billing.invoice", PostgresIdentifiers.qualify("billing", "invoice"));
        assertEquals("\"a.b\"", PostgresIdentifiers.qualify(null, "a.b"));
        assertEquals("\"x.y\".\"a.b\"", PostgresIdentifiers.qualify("x.y", "a.b"));
        assertEquals("say\"hi", PostgresIdentifiers.qualify(null, "say\"hi"));
        assertEquals("\"\"\"q.\"", PostgresIdentifiers.qualify(null, "\"q."));
    }

    @Test
    void quotedPartsAreParsedBack() {
        for (String[] parts : new String[][] {{null, "invoice"}, {"billing", "invoice"}, {null, "a.b"},
                {"x.y", "a.b"}, {"s", "say\"hi"}, {null, "\"q."}, {"\"", "."}, {"Billing", "In.\"\"voice"}}) {
            String qualified = PostgresIdentifiers.qualify(parts[0], parts[1]);
            assertEquals(parts[0], PostgresIdentifiers.schemaOf(qualified), qualified);
            assertEquals(parts[1], PostgresIdentifiers.nameOf(qualified), qualified);
        }
        assertEquals("\"a.b\"", PostgresIdentifiers.quoteQualified("\"a.b\""));
        assertEquals("billing.\"a.b\"", PostgresIdentifiers.quoteQualified("billing.\"a.b\""));
        assertEquals("\"a\"\"b\"", PostgresIdentifiers.quoteQualified("a\"b"));
    }

    @Test
    void theLimitCountsBytesAndTruncationKeepsWholeCharacters() {
        assertTrue(PostgresIdentifiers.fits("a".repeat(63)));
        assertFalse(PostgresIdentifiers.fits("a".repeat(64)));
        assertFalse(PostgresIdentifiers.fits("ß".repeat(32)));
        assertEquals("ß".repeat(31), PostgresIdentifiers.truncate("ß".repeat(40)));
        assertEquals("a" + "ß".repeat(31), PostgresIdentifiers.truncate("a" + "ß".repeat(40)));
    }

    @Test
    void reservedWordsAreRecognisedInAnyCase() {
        assertTrue(PostgresIdentifiers.isReserved("ORDER"));
        assertTrue(PostgresIdentifiers.isReserved("user"));
        assertFalse(PostgresIdentifiers.isReserved("todo"));
    }

    @Test
    void shortDefaultNamesAreJoinedParts() {
        assertEquals("todo_pkey", PostgresIdentifiers.defaultConstraintName("todo", null, "pkey"));
        assertEquals("invoice_pkey", PostgresIdentifiers.defaultConstraintName("billing.invoice", null, "pkey"));
        assertEquals("todo_title_check", PostgresIdentifiers.defaultConstraintName("todo", "title", "check"));
    }

    @Test
    void longDefaultNamesAreTruncatedLikePostgres() {
        String table = "a".repeat(59);
        assertEquals("a".repeat(28) + "_" + "b".repeat(28) + "_check",
                PostgresIdentifiers.defaultConstraintName(table, "b".repeat(44), "check"));
        assertEquals("a".repeat(58) + "_pkey", PostgresIdentifiers.defaultConstraintName(table, null, "pkey"));
        assertEquals("short_t_a_very_long_column_name_that_goes_on_and_on_and_o_check",
                PostgresIdentifiers.defaultConstraintName("short_t",
                        "a_very_long_column_name_that_goes_on_and_on_and_on_forever_and_", "check"));
        assertEquals("t_eq_xxxxxxxxxxxxxxxxxxxxxxx_c_eq_yyyyyyyyyyyyyyyyyyyyyyy_check",
                PostgresIdentifiers.defaultConstraintName("t_eq_" + "x".repeat(30), "c_eq_" + "y".repeat(33), "check"));
    }

    @Test
    void truncationCountsBytesAndNeverSplitsACharacter() {
        String pkey = PostgresIdentifiers.defaultConstraintName("ä".repeat(31), null, "pkey");
        assertEquals("ä".repeat(29) + "_pkey", pkey);

        String check = PostgresIdentifiers.defaultConstraintName("tüte_" + "ö".repeat(27),
                "äää_" + "b".repeat(40), "check");
        assertEquals("tüte_" + "ö".repeat(11) + "_äää_" + "b".repeat(21) + "_check", check);
        assertEquals(PostgresIdentifiers.MAX_LENGTH, check.getBytes(StandardCharsets.UTF_8).length);
    }
}
