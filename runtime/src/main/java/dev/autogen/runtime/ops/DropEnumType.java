package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Drops a native enumerated type that no column uses any more.
 *
 * @param name     the type name
 * @param previous the full definition, so that the drop can be reversed; {@code null} when unknown
 */
public record DropEnumType(String name, EnumTypeDef previous) implements MigrationOperation {
    /** Validates the record. */
    public DropEnumType {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the enum type");
        }
        return new CreateEnumType(previous);
    }

    @Override
    public String describe() {
        return "drop enum type " + name;
    }

    @Override
    public String table() {
        return null;
    }
}
