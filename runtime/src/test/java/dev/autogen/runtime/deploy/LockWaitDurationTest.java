package dev.autogen.runtime.deploy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A lock wait is a whole number with PostgreSQL's units, or 0 to turn it off. */
class LockWaitDurationTest {
    private final LockWaitDuration converter = new LockWaitDuration();

    @Test
    void unitsAsPostgresSpellsThem() {
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofSeconds(2), converter.convert(" 2s "));
        assertEquals(Duration.ofSeconds(2), converter.convert("2 S"));
        assertEquals(Duration.ofMinutes(1), converter.convert("1min"));
        assertEquals(Duration.ZERO, converter.convert("0"));
        assertEquals(Duration.ofMillis(Integer.MAX_VALUE), converter.convert(Integer.MAX_VALUE + "ms"));
    }

    @Test
    void anythingElseIsAUsageError() {
        for (String value : new String[] {"500", "-1s", "1.5s", "2h", "soon", "", "2147484s", "99999999999999999999ms"}) {
            assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert(value), value);
        }
    }
}
