package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions of the command line: every command's help has examples and only its own options,
 * a bare {@code autogen} is a short usage error, a usage error is a few lines, the help wraps at
 * 80 columns without splitting words, and nothing is coloured when the output is not a terminal.
 */
class CommandLineConventionsTest {
    private static final List<String> COMMANDS = List.of("init", "revision", "check", "merge", "upgrade", "downgrade",
            "current", "history", "heads", "show", "stamp", "lint");

    @TempDir
    Path dir;

    @Test
    void everyCommandsHelpHasAnExample() {
        for (String command : COMMANDS) {
            CliResult result = new Cli(dir).run(command, "--help");
            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(result.out().contains("Examples:\n  autogen " + command), command + ": " + result.out());
        }
    }

    @Test
    void aDeployCommandsHelpListsNoOptionOfTheCommandsThatReadEntities() {
        String upgrade = new Cli(dir).run("upgrade", "--help").out();
        for (String option : List.of("--message", "--include-tables", "--exclude-tables", "--entities", "--schemas",
                "--shadow")) {
            assertFalse(upgrade.contains(option), option + " in " + upgrade);
        }
        String revision = new Cli(dir).run("revision", "--help").out();
        assertTrue(revision.contains("--include-tables"), revision);
        assertFalse(revision.contains("      --sql "), revision);
        assertFalse(revision.contains("--repair"), revision);
    }

    @Test
    void aHiddenOptionIsStillAccepted() {
        CliResult result = new Cli(dir).run("upgrade", "--include-tables=x", "--help");
        assertEquals(0, result.exitCode(), result.toString());
    }

    @Test
    void aBareAutogenIsAShortUsageAndExitsTwo() {
        CliResult result = new Cli(dir).run();
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals("", result.out(), result.toString());
        List<String> lines = result.err().lines().toList();
        assertTrue(lines.size() < 40, result.err());
        assertTrue(result.err().contains("  revision "), result.err());
        assertTrue(result.err().contains("  upgrade "), result.err());
        assertFalse(result.err().contains("--classpath"), result.err());
        assertTrue(lines.stream().allMatch(line -> line.length() <= 80), result.err());
    }

    @Test
    void theFullHelpExitsZero() {
        assertEquals(0, new Cli(dir).run("--help").exitCode());
    }

    @Test
    void aUsageErrorIsAFewLinesNamingTheProblemAndTheHelp() {
        CliResult result = new Cli(dir).run("revision");
        assertEquals(2, result.exitCode(), result.toString());
        List<String> lines = result.err().lines().toList();
        assertTrue(lines.size() <= 5, result.err());
        assertTrue(result.err().contains("--message"), result.err());
        assertTrue(result.err().contains("autogen revision --help"), result.err());
    }

    @Test
    void theHelpWrapsAtEightyColumnsWithWordsWhole() {
        for (String command : COMMANDS) {
            String help = new Cli(dir).run(command, "--help").out();
            for (String line : help.lines().toList()) {
                assertTrue(line.length() <= 80, command + ": " + line);
                assertFalse(line.stripTrailing().matches(".*\\b(e|db)\\.$"),
                        command + ": " + line);
            }
        }
        String upgrade = new Cli(dir).run("upgrade", "--help").out();
        assertTrue(upgrade.contains("db.migrations"), upgrade);
        assertTrue(upgrade.contains("(e.g. base:head)"), upgrade);
    }

    @Test
    void noColourWhenTheOutputIsNotATerminalOrNoColorIsSet() {
        String plain = new Cli(dir).run("revision").err() + new Cli(dir).run("upgrade", "--help").out();
        assertFalse(plain.contains("\u001B["), plain);
        String noColor = new Cli(dir).env("NO_COLOR", "1").run("revision").err();
        assertFalse(noColor.contains("\u001B["), noColor);
        String forced = new Cli(dir).env("AUTOGEN_COLOR", "always").run("revision").err();
        assertTrue(forced.contains("\u001B["), forced);
    }
}
