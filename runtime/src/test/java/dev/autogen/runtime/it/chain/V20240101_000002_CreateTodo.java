package dev.autogen.runtime.it.chain;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.ops.ForeignKeyAction;

import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.primaryKey;

@Revision(id = "20240101_000002", parents = "20240101_000001", message = "create todo")
public class V20240101_000002_CreateTodo implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("todo",
                column("id", "bigint").notNull().generatedByDefaultAsIdentity(),
                column("title", "varchar(255)").notNull(),
                column("list_id", "bigint").notNull(),
                primaryKey("id"));
        op.addForeignKey("todo", foreignKey("fk_todo_list", "list_id").references("todo_list", "id")
                .onDelete(ForeignKeyAction.CASCADE));
        op.createIndex("todo", index("ix_todo_list", "list_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("todo");
    }
}
