package dev.autogen.codegen;

import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.ViewDef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View operations render as the {@code Operations} calls that record them again. */
class ViewJavaRenderingTest {
    private static final ViewDef OPEN = new ViewDef("open_todo", "SELECT t.id,\n    t.title\n   FROM todo t\n  WHERE NOT t.done");
    private static final ViewDef OLD = new ViewDef("open_todo", "SELECT id FROM todo");

    private static String java(dev.autogen.runtime.ops.MigrationOperation operation) {
        return new JavaOperationRenderer().render(operation).toString();
    }

    @Test
    void createDropAndReplaceCarryTheWholeQuery() {
        assertEquals("op.createView(\"open_todo\", \"SELECT t.id,\\n\"\n    + \"    t.title\\n\"\n"
                + "    + \"   FROM todo t\\n\"\n    + \"  WHERE NOT t.done\")", java(new CreateView(OPEN)));
        assertEquals("op.dropView(\"open_todo\", \"SELECT id FROM todo\")", java(new DropView("open_todo", OLD)));
        assertEquals("op.dropViewIfExists(\"open_todo\", \"SELECT id FROM todo\")",
                java(new DropView("open_todo", OLD, true)));
        assertTrue(java(new ReplaceView(OLD, OPEN)).startsWith("op.replaceView(\"open_todo\", \"SELECT id FROM todo\", \"SELECT t.id,\\n\"\n"));
    }
}
