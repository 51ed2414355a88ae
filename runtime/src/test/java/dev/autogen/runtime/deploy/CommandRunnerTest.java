package dev.autogen.runtime.deploy;

import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Java error in a command never escapes as a raw trace with exit 1, which {@code check} keeps for pending
 * changes; a usage error is its reason and a pointer to the help, not the whole help.
 */
class CommandRunnerTest {
    @TempDir
    Path dir;

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @CommandLine.Option(names = {"-v", "--verbose"})
        boolean verbose;

        @Override
        public Integer call() {
            throw new NoClassDefFoundError("com/example/Gone");
        }
    }

    @Command(name = "needs")
    static final class Needs implements Callable<Integer> {
        @CommandLine.Option(names = {"-m", "--message"}, required = true)
        String message;

        @CommandLine.Option(names = "-q")
        boolean quiet;

        @CommandLine.Parameters(arity = "0..1")
        String target;

        @Override
        public Integer call() {
            return 0;
        }
    }

    private String[] runNeeds(String... args) {
        StringWriter err = new StringWriter();
        int code = CommandRunner.run(dir, Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err), args,
                settings -> new CommandLine(new Needs()));
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void aMistypedOptionIsNamedBeforeTheRequiredOptionItHides() {
        String[] mistyped = runNeeds("--mesage", "fix");
        assertEquals("2", mistyped[0]);
        assertTrue(mistyped[1].startsWith("error: Unknown option: '--mesage'"), mistyped[1]);
        assertTrue(mistyped[1].contains("--message"), "the suggestion: " + mistyped[1]);
        assertTrue(mistyped[1].lines().count() <= 4, mistyped[1]);

        String[] missing = runNeeds("-q", "-1");
        assertTrue(missing[1].startsWith("error: Missing required option: '--message=<message>'"), missing[1]);
        assertTrue(runNeeds("-qmfix", "-1")[0].equals("0"), "short options clustered with a value are known");
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandRunner.run(dir, Map.of(), new PrintWriter(out), new PrintWriter(err), args,
                settings -> new CommandLine(new Broken()));
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void aMissingClassIsReportedWithItsNameAndNeverExitsWithOne() {
        String[] result = run();

        assertEquals(String.valueOf(ErrorCode.INTERNAL.exitCode()), result[0], result[1]);
        assertTrue(result[1].startsWith("error: a class cannot be loaded: java.lang.NoClassDefFoundError:"
                + " com/example/Gone. Check that --classpath"), result[1]);
        assertFalse(result[1].contains("\tat "), result[1]);
        assertTrue(run("--verbose")[1].contains("\tat "), "--verbose adds the stack trace");
    }

    @Test
    void aUsageErrorEndsWithItsReasonAndWhereTheHelpIs() {
        String[] result = run("--bogus");

        assertEquals("2", result[0], result[1]);
        assertEquals("error: Unknown option: '--bogus'" + System.lineSeparator()
                + "Run 'broken --help' for the options." + System.lineSeparator(), result[1]);
    }
}
