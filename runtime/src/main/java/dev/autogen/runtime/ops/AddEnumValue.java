package dev.autogen.runtime.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds a label to a native enumerated type ({@code ALTER TYPE ... ADD VALUE}). PostgreSQL cannot drop a
 * label, so the reverse rebuilds the type as it was and converts every column that uses it.
 *
 * @param name     the type name
 * @param value    the new label
 * @param before   the label the new one goes before, or {@code null}
 * @param after    the label the new one goes after, or {@code null}; at most one of the two is set
 * @param previous the type before the label is added, or {@code null} when unknown (then it cannot be reversed)
 * @param columns  the columns that use the type, which the reverse converts
 */
public record AddEnumValue(String name, String value, String before, String after, EnumTypeDef previous,
                           List<EnumColumn> columns) implements MigrationOperation {
    /** Validates the record. */
    public AddEnumValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (before != null && after != null) {
            throw new IllegalArgumentException("Add enum value " + value + ": give before or after, not both");
        }
        columns = List.copyOf(columns);
    }

    /** The type after the label is added, or {@code null} when the previous one is unknown. */
    public EnumTypeDef current() {
        if (previous == null) {
            return null;
        }
        List<String> values = new ArrayList<>(previous.values());
        if (before != null && values.contains(before)) {
            values.add(values.indexOf(before), value);
        } else if (after != null && values.contains(after)) {
            values.add(values.indexOf(after) + 1, value);
        } else {
            values.add(value);
        }
        return previous.withValues(values);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the enum type before the value was added");
        }
        return new ReplaceEnumType(current(), previous, columns);
    }

    @Override
    public String describe() {
        String place = before != null ? " before " + before : after != null ? " after " + after : "";
        return "add value " + value + " to enum type " + name + place;
    }

    @Override
    public String table() {
        return null;
    }
}
