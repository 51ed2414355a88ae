package dev.autogen.runtime.it.failing;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Ddl.column;

/** Creates a table, then fails on a table that revision 1 already created. */
@Revision(id = "20240201_000002", parents = "20240201_000001", message = "create note, then widget again")
public class V20240201_000002_CreateWidgetAgain implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("note", column("id", "integer"));
        op.createTable("widget", column("id", "integer"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("note");
    }
}
