package dev.autogen.runtime.deploy;

import picocli.CommandLine;

/**
 * Reads a whole number of seconds from 1 to {@value #MAX}, the largest {@code lock_timeout}
 * PostgreSQL takes (its milliseconds are an {@code int}); picocli reports anything else as a usage
 * error that names the option.
 */
final class PositiveSeconds implements CommandLine.ITypeConverter<Long> {
    /** The largest number of seconds accepted: {@code Integer.MAX_VALUE} milliseconds, about 24 days. */
    static final long MAX = Integer.MAX_VALUE / 1000;

    @Override
    public Long convert(String value) {
        long seconds;
        try {
            seconds = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            if (value.strip().matches("\\d+")) {
                throw outOfRange(value);
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number of seconds");
        }
        if (seconds < 1 || seconds > MAX) {
            throw outOfRange(value);
        }
        return seconds;
    }

    private static CommandLine.TypeConversionException outOfRange(String value) {
        return new CommandLine.TypeConversionException("'" + value + "' must be from 1 to " + MAX + " seconds");
    }
}
