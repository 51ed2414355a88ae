package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migrator;
import picocli.CommandLine;

/** Reads a number of retries from 0 to {@link Migrator.Builder#MAX_LOCK_RETRIES}; anything else is a usage error. */
final class LockRetryCount implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        String digits = value.strip();
        if (!digits.matches("\\d{1,9}") || Integer.parseInt(digits) > Migrator.Builder.MAX_LOCK_RETRIES) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be a whole number from 0 to "
                    + Migrator.Builder.MAX_LOCK_RETRIES);
        }
        return Integer.parseInt(digits);
    }
}
