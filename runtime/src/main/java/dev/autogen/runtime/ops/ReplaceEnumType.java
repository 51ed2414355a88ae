package dev.autogen.runtime.ops;

import java.util.List;
import java.util.Objects;

/**
 * Replaces a native enumerated type by one with other labels or another order: the old type is renamed
 * aside, the new one created, every column that uses it converted through {@code text}, and the old type
 * dropped. Rows holding a label that the new type lacks make the conversion fail, so nothing is lost.
 *
 * @param previous the type as it is
 * @param type     the type as it becomes; same name
 * @param columns  the columns that use the type
 */
public record ReplaceEnumType(EnumTypeDef previous, EnumTypeDef type, List<EnumColumn> columns)
        implements MigrationOperation {
    /** Validates the record. */
    public ReplaceEnumType {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(type, "type");
        if (!previous.name().equals(type.name())) {
            throw new IllegalArgumentException("Replace enum type " + previous.name() + ": the new type is named "
                    + type.name() + "; rename is not part of a replacement");
        }
        columns = List.copyOf(columns);
    }

    @Override
    public MigrationOperation reverse() {
        return new ReplaceEnumType(type, previous, columns);
    }

    @Override
    public String describe() {
        return "replace enum type " + type.name() + " " + previous.values() + " -> " + type.values();
    }

    @Override
    public String table() {
        return null;
    }
}
