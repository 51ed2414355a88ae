package dev.autogen.runtime.it.risky;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Ddl.index;

@Revision(id = "20240201_000001", message = "index titles")
public class V20240201_000001_IndexTitles implements Migration {
    @Override
    public void upgrade(Operations op) {
        // REVIEW: a note the compiled class cannot show
        op.createIndex("todo", index("ix_todo_title", "title"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("todo", "ix_todo_title");
    }
}
