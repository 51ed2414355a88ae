package dev.autogen.diff;

import java.util.List;

/**
 * The values a check constraint restricts one column to: a list (an enum's names, a discriminator's
 * values) or a range (an ordinal enum's).
 *
 * @param column the column, as written (unquoted names in lower case)
 * @param values the allowed values as SQL literals, in the order written; for a range, its bounds
 * @param range  whether {@code values} are the two bounds of a range rather than a list
 */
public record CheckDomain(String column, List<String> values, boolean range) {

    /** The domain, with an unmodifiable copy of the values. */
    public CheckDomain {
        values = List.copyOf(values);
    }

    /** Whether two domains allow the same values, whatever the order of a list. */
    public boolean sameValues(CheckDomain other) {
        return column.equals(other.column) && range == other.range
                && (range ? values.equals(other.values) : values.stream().sorted().distinct().toList()
                .equals(other.values.stream().sorted().distinct().toList()));
    }
}
