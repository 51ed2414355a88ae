package dev.autogen.runtime.deploy;

import dev.autogen.runtime.progress.ManualClock;
import dev.autogen.runtime.progress.ProgressDisplay;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressTask;
import dev.autogen.runtime.progress.ThresholdProgress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's progress: a terminal line, plain lines in a log, colour and the overrides. */
class CommandProgressTest {
    private static String shown(Map<String, String> environment, boolean terminal) {
        StringWriter err = new StringWriter();
        ManualClock clock = new ManualClock();
        ProgressDisplay display = CommandProgress.display(environment, new PrintWriter(err), terminal).orElse(null);
        if (display == null) {
            return null;
        }
        ThresholdProgress progress = new ThresholdProgress(display, ProgressSink.THRESHOLD, Duration.ZERO, clock, false);
        try (ProgressTask task = progress.begin("starting the embedded PostgreSQL")) {
            clock.advance(Duration.ofSeconds(4));
            progress.tick();
        }
        return err.toString();
    }

    @Test
    void aTerminalGetsOneDimmedLineRewrittenInPlace() {
        String shown = shown(Map.of(), true);

        assertTrue(shown.startsWith("\r\u001B[2mstarting the embedded PostgreSQL (4 s)\u001B[0m"), shown);
        assertFalse(shown.contains("\n"), shown);
    }

    @Test
    void outputThatIsNoTerminalGetsPlainLinesWithoutCarriageReturnOrEscapes() {
        String shown = shown(Map.of(), false);

        assertEquals("… starting the embedded PostgreSQL (4 s)" + System.lineSeparator()
                + "… done after 4 s: starting the embedded PostgreSQL" + System.lineSeparator(), shown);
        assertEquals(shown, shown(Map.of("AUTOGEN_PROGRESS", "plain"), true));
    }

    @Test
    void noColorAndAutogenColorDecideTheEscapesOfTheTerminalLine() {
        String noColor = shown(Map.of("NO_COLOR", "1"), true);
        String never = shown(Map.of("AUTOGEN_COLOR", "never"), true);
        String always = shown(Map.of("AUTOGEN_COLOR", "always", "NO_COLOR", "1"), true);

        assertTrue(noColor.startsWith("\rstarting the embedded PostgreSQL (4 s)") && !noColor.contains("\u001B"), noColor);
        assertEquals(noColor, never);
        assertTrue(always.contains("\u001B[2m"), always);
    }

    @Test
    void workOnOneTargetOfARunOverManyIsLabelledWithTheTarget() {
        java.util.List<String> begun = new java.util.ArrayList<>();
        ProgressSink previous = CommandProgress.install(label -> {
            begun.add(label);
            return ProgressTask.NONE;
        });
        try {
            CommandProgress.forTarget("tenant_1", () -> CommandProgress.current().begin("[1/2] applying 20240101_000001"));
            CommandProgress.current().begin("after");
        } finally {
            CommandProgress.install(previous);
        }

        assertEquals(java.util.List.of("tenant_1: [1/2] applying 20240101_000001", "after"), begun);
    }

    @Test
    void autogenProgressNeverShowsNothing() {
        assertEquals(null, shown(Map.of("AUTOGEN_PROGRESS", "never"), true));
        ProgressTask task = CommandProgress.decide(Map.of("AUTOGEN_PROGRESS", "never"), new PrintWriter(new StringWriter()),
                true).begin("anything");
        assertSame(ProgressTask.NONE, task);
    }
}
