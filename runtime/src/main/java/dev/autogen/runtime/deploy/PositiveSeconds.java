package dev.autogen.runtime.deploy;

import picocli.CommandLine;

/**
 * Reads a whole number of seconds that must be 1 or more; picocli reports anything else as a usage
 * error that names the option.
 */
final class PositiveSeconds implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        long seconds;
        try {
            seconds = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number of seconds");
        }
        if (seconds < 1) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be 1 second or more");
        }
        return seconds;
    }
}
