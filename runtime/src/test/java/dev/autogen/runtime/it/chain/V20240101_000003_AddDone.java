package dev.autogen.runtime.it.chain;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Ddl.column;

@Revision(id = "20240101_000003", parents = "20240101_000002", message = "add todo.done")
public class V20240101_000003_AddDone implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("todo", column("done", "boolean").notNull().backfill("false"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("todo", "done");
    }
}
