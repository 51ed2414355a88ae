package dev.autogen.runtime.it.ctor;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Ddl.column;

@Revision(id = "20240301_000001", message = "create gadget")
public class V20240301_000001_CreateGadget implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("gadget", column("id", "integer"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("gadget");
    }
}
