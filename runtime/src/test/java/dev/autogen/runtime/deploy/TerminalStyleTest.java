package dev.autogen.runtime.deploy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colour on a terminal only, off with {@code NO_COLOR}, forced either way by {@code AUTOGEN_COLOR}. */
class TerminalStyleTest {
    @Test
    void aTerminalGetsColour() {
        assertTrue(TerminalStyle.decide(Map.of(), true).warning("warning:").contains("\u001B[33m"));
    }

    @Test
    void anythingElseGetsNone() {
        assertEquals("warning:", TerminalStyle.decide(Map.of(), false).warning("warning:"));
    }

    @Test
    void noColorTurnsItOffOnATerminalUnlessEmpty() {
        assertFalse(TerminalStyle.decide(Map.of("NO_COLOR", "1"), true).colour());
        assertTrue(TerminalStyle.decide(Map.of("NO_COLOR", ""), true).colour());
    }

    @Test
    void theVariableForcesIt() {
        assertTrue(TerminalStyle.decide(Map.of(TerminalStyle.COLOR_VARIABLE, "always"), false).colour());
        assertFalse(TerminalStyle.decide(Map.of(TerminalStyle.COLOR_VARIABLE, "never"), true).colour());
        assertTrue(TerminalStyle.decide(Map.of(TerminalStyle.COLOR_VARIABLE, "always", "NO_COLOR", "1"), false).colour());
    }

    @Test
    void wrappingKeepsDottedWordsWhole() {
        assertEquals(java.util.List.of("default:", "  db.migrations)"),
                WholeWordHelp.wrap("default: db.migrations)", 12).stream()
                        .map(line -> line.equals("default:") ? line : "  " + line).toList());
    }
}
