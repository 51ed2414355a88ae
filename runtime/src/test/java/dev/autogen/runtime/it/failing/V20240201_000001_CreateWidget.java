package dev.autogen.runtime.it.failing;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Ddl.column;

@Revision(id = "20240201_000001", message = "create widget")
public class V20240201_000001_CreateWidget implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("widget", column("id", "integer"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("widget");
    }
}
