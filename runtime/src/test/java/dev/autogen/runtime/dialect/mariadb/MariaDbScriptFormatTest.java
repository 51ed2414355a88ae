package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.dialect.ScriptFormat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a script for the mariadb client is spelled: its literals, its delimiters and its header. */
class MariaDbScriptFormatTest {
    private final ScriptFormat format = new MariaDbDialect().scriptFormat();

    @Test
    void plainTextIsAPlainLiteralWithQuotesDoubled() {
        assertEquals("'it''s */ -- ünï ☃'", format.literal("it's */ -- ünï ☃"));
        assertEquals("''", format.literal(""));
    }

    @Test
    void backslashesAndHiddenCharactersAreHexSoNoSqlModeOrReaderMisreadsThem() {
        assertEquals("CONCAT('a', _utf8mb4 X'5C', 'b')", format.literal("a\\b"));
        assertEquals("CONCAT('x', _utf8mb4 X'0A0D09', 'y''', _utf8mb4 X'E2808B')", format.literal("x\n\r\ty'\u200B"));
        assertEquals("CONCAT(_utf8mb4 X'5C5C')", format.literal("\\\\"));
        assertThrows(AutogenException.class, () -> format.literal("a\uD800b"));
    }

    @Test
    void statementsEndInSemicolonsAndCompoundOnesGetADelimiter() {
        assertEquals("DROP TABLE `t`;\n", format.statement("DROP TABLE `t`"));
        assertEquals("DELIMITER $$\nBEGIN NOT ATOMIC SELECT 1; END$$\nDELIMITER ;\n",
                format.statement("BEGIN NOT ATOMIC SELECT 1; END"));
        assertEquals("DELIMITER //\nBEGIN NOT ATOMIC SELECT '$$'; END//\nDELIMITER ;\n",
                format.statement("BEGIN NOT ATOMIC SELECT '$$'; END"));
    }

    @Test
    void controlCharactersInTheMigrationsLiteralsAreEscapesAndOthersAreNamedInAComment() {
        assertEquals("'a\\r\\nb\\tc\\0d\\Ze\\bf'", MariaDbIdentifiers.literal("a\r\nb\tc\0d\u001Ae\bf"));
        String sql = "ALTER TABLE `t` COMMENT = " + MariaDbIdentifiers.literal("left\u202Eright\u0007");
        assertEquals("-- The next statement holds characters that do not show: U+202E, U+0007; review it in a hex"
                + " viewer.\n" + sql + ";\n", format.statement(sql));
    }

    @Test
    void theHeaderNamesTheClientAndSaysDdlCommitsImplicitly() {
        assertEquals(Optional.of("mariadb --database=<database> < <this file>"), format.howToRun());
        assertFalse(format.framesTransactions());
        assertTrue(format.notes().get(0).contains("commits each DDL statement implicitly"), format.notes().get(0));
        assertEquals(List.of("SET NAMES utf8mb4", "SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')"),
                format.setup());
        assertEquals("-- a comment\n", format.comment("a comment"));
        ScriptFormat standard = new ScriptFormat() {
        };
        assertTrue(standard.framesTransactions());
        assertEquals(List.of(), standard.notes());
    }
}
