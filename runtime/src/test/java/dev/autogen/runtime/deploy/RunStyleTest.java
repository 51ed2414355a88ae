package dev.autogen.runtime.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The style is decided once per run and carried by that run's command line, subcommands included:
 * runs one after the other, or at the same time in one process, never see each other's colour.
 */
class RunStyleTest {
    private static final String ESCAPE = "\u001B[";

    @TempDir
    Path dir;

    @Command(name = "tool")
    static final class Tool implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "warn")
    static final class Warn implements Callable<Integer> {
        private final CyclicBarrier together;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Warn() {
            this(null);
        }

        Warn(CyclicBarrier together) {
            this.together = together;
        }

        @Override
        public Integer call() throws Exception {
            if (together != null) {
                together.await(10, TimeUnit.SECONDS);
            }
            spec.commandLine().getErr().println(TerminalStyle.of(spec.commandLine()).warning("warning:") + " look");
            return 0;
        }
    }

    private String run(Map<String, String> environment, CyclicBarrier together, String... args) {
        StringWriter err = new StringWriter();
        CommandRunner.run(dir, environment, new PrintWriter(new StringWriter()), new PrintWriter(err), args,
                settings -> new CommandLine(new Tool()).addSubcommand(new CommandLine(new Warn(together))));
        return err.toString();
    }

    @Test
    void aSubcommandWritesInTheStyleOfItsOwnRun() {
        assertTrue(run(Map.of(TerminalStyle.COLOR_VARIABLE, "always"), null, "warn").startsWith(ESCAPE + "33mwarning:"));
        assertEquals("warning: look" + System.lineSeparator(), run(Map.of(), null, "warn"));
        assertEquals("warning: look" + System.lineSeparator(), run(Map.of("NO_COLOR", "1"), null, "warn"));
    }

    @Test
    void usageErrorsAndFailuresAreInTheStyleOfTheirRun() {
        assertTrue(run(Map.of(TerminalStyle.COLOR_VARIABLE, "always"), null, "--bogus").startsWith(ESCAPE + "1;31merror:"));
        assertFalse(run(Map.of(), null, "--bogus").contains(ESCAPE));
    }

    @Test
    void runsAtTheSameTimeKeepTheirOwnStyle() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<String> coloured = CompletableFuture.supplyAsync(
                () -> run(Map.of(TerminalStyle.COLOR_VARIABLE, "always"), together, "warn"));
        CompletableFuture<String> plain = CompletableFuture.supplyAsync(
                () -> run(Map.of(TerminalStyle.COLOR_VARIABLE, "never"), together, "warn"));

        assertTrue(coloured.get(20, TimeUnit.SECONDS).contains(ESCAPE), coloured.get());
        assertFalse(plain.get(20, TimeUnit.SECONDS).contains(ESCAPE), plain.get());
    }

    @Test
    void aStyleMadeIntoAColourSchemeReadsBackTheSame() {
        CommandLine coloured = new CommandLine(new Tool()).setColorScheme(new TerminalStyle(true).colorScheme());
        CommandLine plain = new CommandLine(new Tool()).setColorScheme(TerminalStyle.PLAIN.colorScheme());

        assertTrue(TerminalStyle.of(coloured).colour());
        assertFalse(TerminalStyle.of(plain).colour());
    }
}
