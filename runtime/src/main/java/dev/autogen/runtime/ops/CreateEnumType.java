package dev.autogen.runtime.ops;

import java.util.Objects;

/**
 * Creates a native enumerated type.
 *
 * @param type the type to create
 */
public record CreateEnumType(EnumTypeDef type) implements MigrationOperation {
    /** Validates the record. */
    public CreateEnumType {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public MigrationOperation reverse() {
        return new DropEnumType(type.name(), type);
    }

    @Override
    public String describe() {
        return "create enum type " + type.name() + " " + type.values();
    }

    @Override
    public String table() {
        return null;
    }
}
