package dev.autogen.runtime.ops;

/**
 * Renames a sequence, keeping its current value.
 *
 * @param name    the current name, optionally schema-qualified
 * @param newName the new name, qualified with the same schema: a sequence stays in its schema
 */
public record RenameSequence(String name, String newName) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new RenameSequence(newName, name);
    }

    @Override
    public String describe() {
        return "rename sequence " + name + " to " + newName;
    }

    @Override
    public String table() {
        return null;
    }
}
