package dev.autogen.runtime.ops;

/** Creates a table with its columns, primary key, unique and check constraints. */
public record CreateTable(TableDef definition) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropTable(definition.name(), definition);
    }

    @Override
    public String describe() {
        return "create table " + definition.name();
    }

    @Override
    public String table() {
        return definition.name();
    }
}
