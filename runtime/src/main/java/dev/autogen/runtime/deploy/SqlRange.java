package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

/** Parses {@code FROM:TO} ranges of {@code --sql}; an empty FROM means the given default. */
public final class SqlRange {
    private SqlRange() {
    }

    public static String[] parse(String range, String defaultFrom) {
        int colon = range.indexOf(':');
        String from = range.substring(0, colon).strip();
        String to = range.substring(colon + 1).strip();
        if (to.isEmpty() || to.contains(":")) {
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "'" + range + "' is not a range. Write FROM:TO,"
                    + " e.g. base:head or 20261130_141233:head.");
        }
        return new String[] {from.isEmpty() ? defaultFrom : from, to};
    }
}
