package dev.autogen.runtime.ops;

/** Drops a check constraint. */
public record DropCheck(String table, String name, CheckDef previous) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        if (previous == null) {
            throw Irreversible.because(describe(), "the constraint");
        }
        return new AddCheck(table, previous);
    }

    @Override
    public String describe() {
        return "drop check constraint " + name + " on " + table;
    }

}
