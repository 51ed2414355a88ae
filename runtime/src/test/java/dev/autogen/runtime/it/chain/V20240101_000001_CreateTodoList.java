package dev.autogen.runtime.it.chain;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.primaryKey;

@Revision(id = "20240101_000001", message = "create todo_list")
public class V20240101_000001_CreateTodoList implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("todo_list",
                column("id", "bigint").notNull().generatedByDefaultAsIdentity(),
                column("name", "varchar(100)").notNull(),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("todo_list");
    }
}
