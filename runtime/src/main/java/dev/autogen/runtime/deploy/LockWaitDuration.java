package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migrator;
import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lock wait as PostgreSQL spells one, a whole number with a unit: {@code 500ms}, {@code 2s},
 * {@code 1min}; {@code 0} turns it off. picocli reports anything else, and a value over PostgreSQL's
 * largest {@code lock_timeout}, as a usage error that names the option.
 */
final class LockWaitDuration implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern VALUE = Pattern.compile("(\\d+)\\s*(ms|s|min)?");

    @Override
    public Duration convert(String value) {
        Matcher matcher = VALUE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw invalid(value);
        }
        String unit = matcher.group(2);
        long amount;
        try {
            amount = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw outOfRange(value);
        }
        if (unit == null && amount != 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' needs a unit: " + amount + "ms or "
                    + amount + "s");
        }
        long millis;
        try {
            millis = unit == null ? 0 : switch (unit) {
                case "ms" -> amount;
                case "s" -> Math.multiplyExact(amount, 1000L);
                default -> Math.multiplyExact(amount, 60_000L);
            };
        } catch (ArithmeticException e) {
            throw outOfRange(value);
        }
        if (millis > Migrator.Builder.MAX_LOCK_TIMEOUT.toMillis()) {
            throw outOfRange(value);
        }
        return Duration.ofMillis(millis);
    }

    private static CommandLine.TypeConversionException invalid(String value) {
        return new CommandLine.TypeConversionException("'" + value + "' is not a lock wait; give a whole number"
                + " with a unit, such as 500ms, 2s or 1min, or 0 to turn it off");
    }

    private static CommandLine.TypeConversionException outOfRange(String value) {
        return new CommandLine.TypeConversionException("'" + value + "' is longer than PostgreSQL's largest"
                + " lock_timeout, " + Migrator.Builder.MAX_LOCK_TIMEOUT.toMillis() + "ms");
    }
}
