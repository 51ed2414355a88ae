package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a post-write hook's command line is split into words without a shell. */
class CommandWordsTest {
    @Test
    void blanksSeparateWords() {
        assertEquals(List.of("google-java-format", "--replace", "{file}"),
                CommandWords.split("  google-java-format\t--replace   {file} "));
    }

    @Test
    void quotesKeepBlanksAndEachOther() {
        assertEquals(List.of("sh", "-c", "echo \"$1\" done", "it's", ""),
                CommandWords.split("sh -c 'echo \"$1\" done' \"it's\" \"\""));
    }

    @Test
    void backslashesEscapeOutsideSingleQuotes() {
        assertEquals(List.of("a b", "say \"hi\"", "c:\\\\x"), CommandWords.split("a\\ b \"say \\\"hi\\\"\" 'c:\\\\x'"));
    }

    @Test
    void anUnclosedQuoteIsAConfigurationError() {
        AutogenException e = assertThrows(AutogenException.class, () -> CommandWords.split("fmt 'x"));
        assertEquals(ErrorCode.CONFIGURATION, e.code());
    }
}
