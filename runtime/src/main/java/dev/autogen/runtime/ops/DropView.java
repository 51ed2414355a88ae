package dev.autogen.runtime.ops;

/** Drops a view; {@code previous} is its definition, so that the drop can be reversed. */
public record DropView(String name, ViewDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the view");
        }
        return new CreateView(previous);
    }

    @Override
    public String describe() {
        return "drop view " + name;
    }

    @Override
    public String table() {
        return null;
    }
}
