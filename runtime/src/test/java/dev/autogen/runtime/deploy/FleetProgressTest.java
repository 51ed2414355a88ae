package dev.autogen.runtime.deploy;

import dev.autogen.runtime.progress.ManualClock;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressSinks;
import dev.autogen.runtime.progress.ProgressTask;
import dev.autogen.runtime.progress.ThresholdProgress;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A run over many schemas shows {@code [k/N] schema verb} once it has run past the threshold; each
 * schema's work "takes" one second of an injected clock, and the ticker ticks after each.
 */
@Tag("postgres")
class FleetProgressTest {
    @TempDir
    Path dir;

    @Test
    void progressShowsPastTheThresholdAndEndsWithTheLastSchema() throws Exception {
        ManualClock clock = new ManualClock();
        StringWriter err = new StringWriter();
        ThresholdProgress shown = new ThresholdProgress(ProgressSinks.plainLines(new PrintWriter(err)),
                ProgressSink.THRESHOLD, Duration.ofSeconds(15), clock, false);
        ProgressSink ticking = label -> {
            ProgressTask task = shown.begin(label);
            return new ProgressTask() {
                @Override
                public void update(String next) {
                    task.update(next);
                    clock.advance(Duration.ofSeconds(1));
                    shown.tick();
                }

                @Override
                public void close() {
                    task.close();
                }
            };
        };
        try (TestDatabase db = TestDatabase.create()) {
            db.execute("CREATE SCHEMA tenant_1", "CREATE SCHEMA tenant_2", "CREATE SCHEMA tenant_3");
            FleetOptions options = new FleetOptions();
            options.eachSchema = "tenant_*";
            options.parallel = 1;
            CommandLine commandLine = new CommandLine(CommandLine.Model.CommandSpec.create());
            StringWriter out = new StringWriter();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(new StringWriter()));
            DeployEnvironment environment = new DeployEnvironment() {
                @Override
                public dev.autogen.runtime.Migrator offlineMigrator() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Session open() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public FleetSession openFleet() {
                    return new FleetSession(db.dataSource(), dataSource -> null, db.url(), dir, () -> { });
                }
            };

            int code = new FleetRun(commandLine, options, ticking).run(environment, "upgraded", migrator -> "done");

            assertEquals(0, code, out.toString());
            assertEquals(String.join(System.lineSeparator(), "… [2/3] tenant_2 upgraded (2 s)",
                    "… done after 3 s: [3/3] tenant_3 upgraded", ""), err.toString());
        }
    }

    @Test
    void theLabelSaysWhichSchemaFinishedAndHow() {
        assertEquals("[37/100] tenant_037 upgraded",
                FleetRun.progressLabel(37, 100, new FleetOutcome("tenant_037", "done", null, 5), "upgraded"));
        assertEquals("[38/100] tenant_038 failed",
                FleetRun.progressLabel(38, 100, new FleetOutcome("tenant_038", null, "boom", 5), "upgraded"));
        assertEquals("[39/100] tenant_039 checked: pending", FleetRun.progressLabel(39, 100,
                new FleetOutcome("tenant_039", "1 change pending", null, 5, java.util.List.of("add column x")), "checked"));
    }
}
