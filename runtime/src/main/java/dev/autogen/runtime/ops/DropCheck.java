package dev.autogen.runtime.ops;

/**
 * Drops a check constraint.
 *
 * @param table    the table
 * @param name     the constraint
 * @param previous the dropped constraint when known, for reversal
 * @param notValid whether the reverse adds the constraint back {@code NOT VALID} (this is the reverse of
 *                 {@link AddCheck} with {@code notValid}); the drop itself is the same
 */
public record DropCheck(String table, String name, CheckDef previous, boolean notValid) implements MigrationOperation {
    /** Drops a check constraint whose reverse adds it back checked. */
    public DropCheck(String table, String name, CheckDef previous) {
        this(table, name, previous, false);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the constraint");
        }
        return new AddCheck(table, previous, notValid);
    }

    @Override
    public String describe() {
        return "drop check constraint " + name + " on " + table;
    }

}
