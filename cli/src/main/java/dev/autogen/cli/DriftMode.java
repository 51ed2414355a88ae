package dev.autogen.cli;

import picocli.CommandLine;

import java.util.Locale;

/** When {@code check} and {@code revision} compare the live database with what the migrations produce. */
enum DriftMode {
    /** Against a configured database ({@code --url}) with at most {@link DriftCheck#AUTO_LIMIT} migrations. */
    AUTO,
    /** Whenever a database other than the shadow is compared. */
    ALWAYS,
    /** Never. */
    NEVER;

    /** Reads {@code auto}, {@code always} or {@code never}, in any case. */
    static final class Converter implements CommandLine.ITypeConverter<DriftMode> {
        @Override
        public DriftMode convert(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not auto, always or never");
            }
        }
    }
}
