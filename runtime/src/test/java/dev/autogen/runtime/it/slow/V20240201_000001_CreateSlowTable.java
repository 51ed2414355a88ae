package dev.autogen.runtime.it.slow;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Ddl.column;

@Revision(id = "20240201_000001", message = "create a table slowly")
public class V20240201_000001_CreateSlowTable implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("slow", column("id", "bigint").notNull());
        op.execute("SELECT pg_sleep(0.3)");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("slow");
    }
}
