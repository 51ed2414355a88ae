package dev.autogen.runtime.ops;

/**
 * Drops a foreign key.
 *
 * @param table    the referencing table
 * @param name     the constraint
 * @param previous the dropped key when known, for reversal
 * @param notValid whether the reverse adds the key back {@code NOT VALID} (this is the reverse of
 *                 {@link AddForeignKey} with {@code notValid}); the drop itself is the same
 */
public record DropForeignKey(String table, String name, ForeignKeyDef previous, boolean notValid)
        implements MigrationOperation {
    /** Drops a foreign key whose reverse adds it back checked. */
    public DropForeignKey(String table, String name, ForeignKeyDef previous) {
        this(table, name, previous, false);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the foreign key");
        }
        return new AddForeignKey(table, previous, notValid);
    }

    @Override
    public String describe() {
        return "drop foreign key " + name + " on " + table;
    }

}
