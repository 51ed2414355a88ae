package dev.autogen.runtime;

import dev.autogen.runtime.progress.ManualClock;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressSinks;
import dev.autogen.runtime.progress.ThresholdProgress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A statement of a migration that runs past the threshold shows its revision and statement; a short
 * one shows nothing. The statement's duration is simulated: while it "runs", the injected clock moves
 * and the ticker ticks, as the daemon ticker would.
 */
class StatementProgressTest {
    private final ManualClock clock = new ManualClock();
    private final StringWriter err = new StringWriter();
    private final ThresholdProgress progress = new ThresholdProgress(ProgressSinks.plainLines(new PrintWriter(err)),
            ProgressSink.THRESHOLD, Duration.ofSeconds(15), clock, false);

    @Test
    void aStatementRunningPastTheThresholdShowsItsRevisionAndStatementInOneLine() throws Exception {
        String slow = "UPDATE customer\n   SET name = lower(name)\n WHERE id > 0";

        StatementRunner.run(connection(Map.of(slow, Duration.ofSeconds(3))), "20240101_000003",
                List.of("SELECT 1", slow, "SELECT 2"), progress);

        assertEquals(String.join(System.lineSeparator(),
                "… 20240101_000003: UPDATE customer SET name = lower(name) WHERE id > 0 (3 s)",
                "… done after 3 s: 20240101_000003: UPDATE customer SET name = lower(name) WHERE id > 0", ""),
                err.toString());
    }

    @Test
    void shortStatementsShowNothing() throws Exception {
        StatementRunner.run(connection(Map.of("SELECT 1", Duration.ofMillis(1500), "SELECT 2", Duration.ofMillis(1500))),
                "20240101_000003", List.of("SELECT 1", "SELECT 2"), progress);

        assertEquals("", err.toString());
    }

    @Test
    void aFailingLongStatementStillFailsWithItsOwnErrorAndEndsItsProgress() {
        String slow = "ALTER TABLE customer ADD CONSTRAINT customer_email_key UNIQUE (email)";

        StatementRunner.FailedStatement failure = assertThrows(StatementRunner.FailedStatement.class,
                () -> StatementRunner.run(connection(Map.of(slow, Duration.ofSeconds(4)), slow), "20240101_000004",
                        List.of(slow), progress));

        assertEquals(slow, failure.sql());
        assertEquals("23505", failure.sqlException().getSQLState());
        assertTrue(err.toString().contains("… done after 4 s: 20240101_000004: ALTER TABLE customer ADD CONSTRAINT"),
                err.toString());
    }

    @Test
    void aLongStatementIsShortenedInItsLabel() {
        String label = StatementRunner.label("20240101_000003", "INSERT INTO t (a) VALUES " + "('x'), ".repeat(40));

        assertTrue(label.length() <= "20240101_000003: ".length() + 60, label);
        assertTrue(label.endsWith("…"), label);
    }

    private Connection connection(Map<String, Duration> durations, String... failing) {
        Statement statement = (Statement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Statement.class}, (self, method, args) -> switch (method.getName()) {
                    case "execute" -> {
                        clock.advance(durations.getOrDefault((String) args[0], Duration.ZERO));
                        progress.tick();
                        if (List.of(failing).contains(args[0])) {
                            throw new SQLException("duplicate key", "23505");
                        }
                        yield false;
                    }
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (self, method, args) -> statement);
    }
}
