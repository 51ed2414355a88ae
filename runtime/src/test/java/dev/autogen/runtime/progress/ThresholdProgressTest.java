package dev.autogen.runtime.progress;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A task shows only past the threshold, repeats at its interval, and ends cleanly; with an injected clock. */
class ThresholdProgressTest {
    private final ManualClock clock = new ManualClock();
    private final StringWriter err = new StringWriter();

    private ThresholdProgress plain() {
        return new ThresholdProgress(ProgressSinks.plainLines(new PrintWriter(err)), ProgressSink.THRESHOLD,
                Duration.ofSeconds(15), clock, false);
    }

    @Test
    void aTaskShorterThanTheThresholdShowsNothing() {
        ThresholdProgress progress = plain();
        try (ProgressTask task = progress.begin("quick")) {
            clock.advance(Duration.ofMillis(1900));
            progress.tick();
        }
        progress.tick();

        assertEquals("", err.toString());
    }

    @Test
    void aLongTaskShowsPastTheThresholdThenAtItsIntervalThenItsEnd() {
        ThresholdProgress progress = plain();
        try (ProgressTask task = progress.begin("replaying 40 migrations")) {
            clock.advance(Duration.ofSeconds(3));
            progress.tick();
            clock.advance(Duration.ofSeconds(5));
            task.update("replaying 40 migrations: 12/40");
            progress.tick();
            clock.advance(Duration.ofSeconds(12));
            progress.tick();
            clock.advance(Duration.ofSeconds(50));
        }

        assertEquals(String.join(System.lineSeparator(), "… replaying 40 migrations (3 s)",
                "… replaying 40 migrations: 12/40 (20 s)", "… done after 1 min 10 s: replaying 40 migrations: 12/40", ""),
                err.toString());
        assertFalse(err.toString().contains("\r") || err.toString().contains("\u001B"), err.toString());
    }

    @Test
    void aTerminalLineIsRewrittenInPlaceAndClearedAtTheEnd() {
        ThresholdProgress progress = new ThresholdProgress(ProgressSinks.terminalLine(new PrintWriter(err), 80,
                text -> text), ProgressSink.THRESHOLD, Duration.ZERO, clock, false);
        try (ProgressTask task = progress.begin("[1/3] tenant_1 upgraded")) {
            clock.advance(Duration.ofSeconds(2));
            progress.tick();
            task.update("[2/3] t2 upgraded");
            clock.advance(Duration.ofSeconds(1));
            progress.tick();
        }

        String shown = "[1/3] tenant_1 upgraded (2 s)";
        assertEquals("\r" + shown + "\r[2/3] t2 upgraded (3 s)" + " ".repeat(shown.length() - "[2/3] t2 upgraded (3 s)".length())
                + "\r" + " ".repeat("[2/3] t2 upgraded (3 s)".length()) + "\r", err.toString());
        assertFalse(err.toString().contains("\n"), err.toString());
    }

    @Test
    void aTerminalLineIsCutToTheWidthAndShowsTheOldestAndNewestTask() {
        ThresholdProgress progress = new ThresholdProgress(ProgressSinks.terminalLine(new PrintWriter(err), 40,
                text -> text), ProgressSink.THRESHOLD, Duration.ZERO, clock, false);
        ProgressTask outer = progress.begin("[1/9] upgrading");
        clock.advance(Duration.ofSeconds(1));
        ProgressTask inner = progress.begin("20240101_000003: UPDATE customer SET name = lower(name), email = lower(email)");
        clock.advance(Duration.ofSeconds(2));
        progress.tick();
        inner.close();
        outer.close();

        String line = err.toString().split("\r")[1];
        assertEquals(39, line.length(), line);
        assertTrue(line.startsWith("[1/9] upgrading (3 s) · 20240101_00000"), line);
        assertTrue(line.endsWith("…"), line);
    }

    @Test
    void theStatementOfTheRunningRevisionIsShownWithoutItsRevisionAgain() {
        ThresholdProgress progress = new ThresholdProgress(ProgressSinks.terminalLine(new PrintWriter(err), 120,
                text -> text), ProgressSink.THRESHOLD, Duration.ZERO, clock, false);
        try (ProgressTask run = progress.begin("[1/3] applying 20240101_000001");
             ProgressTask statement = progress.begin("20240101_000001: UPDATE customer SET name = lower(name)")) {
            clock.advance(Duration.ofSeconds(5));
            progress.tick();
            progress.tick();
        }

        assertEquals("\r[1/3] applying 20240101_000001 (5 s) · UPDATE customer SET name = lower(name) (5 s)",
                err.toString().substring(0, err.toString().indexOf('\r', 1)));
        assertEquals(3, err.toString().chars().filter(c -> c == '\r').count(), "an unchanged line is not redrawn");
    }

    @Test
    void aLabelledSinkPrefixesEveryLabel() {
        ThresholdProgress progress = plain();
        try (ProgressTask task = progress.labelled("shadow database: ").begin("[1/2] applying a")) {
            task.update("[2/2] applying b");
            clock.advance(Duration.ofSeconds(2));
            progress.tick();
        }

        assertTrue(err.toString().startsWith("… shadow database: [2/2] applying b (2 s)"), err.toString());
    }

    @Test
    void aFailingDisplayNeverFailsTheWork() {
        ThresholdProgress progress = new ThresholdProgress(new ProgressDisplay() {
            @Override
            public void running(java.util.List<Line> tasks) {
                throw new IllegalStateException("closed");
            }

            @Override
            public void finished(Line task) {
                throw new IllegalStateException("closed");
            }
        }, ProgressSink.THRESHOLD, Duration.ZERO, clock, false);
        try (ProgressTask task = progress.begin("work")) {
            clock.advance(Duration.ofSeconds(5));
            progress.tick();
        }
    }
}
