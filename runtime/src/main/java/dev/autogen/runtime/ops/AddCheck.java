package dev.autogen.runtime.ops;

/** Adds a check constraint. */
public record AddCheck(String table, CheckDef check, boolean notValid) implements MigrationOperation {
    /** A validated check. */
    public AddCheck(String table, CheckDef check) {
        this(table, check, false);
    }

    @Override
    public MigrationOperation reverse() {
        return new DropCheck(table, check.name(), check);
    }

    @Override
    public String describe() {
        return "add check constraint " + check.name() + " on " + table;
    }

}
