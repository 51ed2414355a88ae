package dev.autogen.runtime.ops;

/** Creates a view. */
public record CreateView(ViewDef view) implements MigrationOperation {
    @Override
    public MigrationOperation reverse() {
        return new DropView(view.name(), view);
    }

    @Override
    public String describe() {
        return "create view " + view.name();
    }

    @Override
    public String table() {
        return null;
    }
}
