package dev.autogen.runtime.ops;

/** Adds a check constraint. */
public record AddCheck(String table, CheckDef check) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropCheck(table, check.name(), check);
    }

    @Override
    public String describe() {
        return "add check constraint " + check.name() + " on " + table;
    }

}
