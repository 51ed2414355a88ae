package dev.autogen.runtime.ops;

/**
 * Drops a view; {@code previous} is its definition, so that the drop can be reversed.
 *
 * @param name     the view
 * @param previous its definition, or {@code null} when the drop cannot be reversed
 * @param ifExists whether a view that does not exist is no error: for a view made by hand in one
 *                 database, which a fresh database replaying the migrations does not have
 */
public record DropView(String name, ViewDef previous, boolean ifExists) implements MigrationOperation {
    /** Drops a view that must exist. */
    public DropView(String name, ViewDef previous) {
        this(name, previous, false);
    }

    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the view");
        }
        return new CreateView(previous);
    }

    @Override
    public String describe() {
        return "drop view " + (ifExists ? "if exists " : "") + name;
    }

    @Override
    public String table() {
        return null;
    }
}
