package dev.autogen.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text in one-line comments can neither end the line nor hide text. */
class VisibleTextTest {
    @Test
    void ordinaryTextIsUnchanged() {
        String text = "Add due date to todos: größe, 名前, emoji 👍, C:\\temp\\, 'quotes' and */ -- ;";

        assertEquals(text, VisibleText.oneLine(text));
        assertEquals(-1, VisibleText.firstHidden(text));
    }

    @Test
    void lineBreaksAndControlCharactersBecomeVisible() {
        assertEquals("x[U+000A]\\! id[U+000A]DROP TABLE t; --", VisibleText.oneLine("x\n\\! id\nDROP TABLE t; --"));
        assertEquals("a[U+000D]b[U+0009]c[U+0000]d[U+0085]e[U+2028]f[U+2029]g[U+000B]h[U+000C]i",
                VisibleText.oneLine("a\rb\tc\0d\u0085e\u2028f\u2029g\u000Bh\fi"));
        assertEquals(1, VisibleText.firstHidden("a\nb"));
    }

    @Test
    void charactersThatReorderOrHideTextBecomeVisible() {
        assertEquals("[U+202E]evil[U+202C] [U+2066]x[U+2069] zero[U+200B]width [U+FEFF]bom",
                VisibleText.oneLine("\u202Eevil\u202C \u2066x\u2069 zero\u200Bwidth \uFEFFbom"));
        assertEquals("lone [U+D800] surrogate", VisibleText.oneLine("lone \uD800 surrogate"));
    }

    @Test
    void joinersThatScriptsNeedStay() {
        assertFalse(VisibleText.isHidden(0x200D));
        assertFalse(VisibleText.isHidden(0x200C));
        assertTrue(VisibleText.isHidden(0x202A));
        assertTrue(VisibleText.isHidden(0x2068));
        assertTrue(VisibleText.isHidden(0xFDD0) && VisibleText.isHidden(0xFFFE) && VisibleText.isHidden(0x10FFFF));
        assertFalse(VisibleText.isHidden(0xFDCF) || VisibleText.isHidden(0xFFFD));
    }
}
