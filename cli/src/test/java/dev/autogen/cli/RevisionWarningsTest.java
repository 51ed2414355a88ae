package dev.autogen.cli;

import dev.autogen.diff.Change;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.deploy.TerminalStyle;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printed warnings show a name's terminal control characters instead of sending them to the terminal. */
class RevisionWarningsTest {
    @Test
    void controlCharactersInANameAreShownNotSent() {
        String column = "e\u001b]0;title\u0007";
        Change drop = new Change(new DropColumn("t1", column, ColumnDef.of(column, "integer")),
                "drops column t1." + column + " and the data in it", null);
        StringWriter err = new StringWriter();

        RevisionWarnings.of(new MigrationPlan(List.of(drop))).print(new PrintWriter(err, true), TerminalStyle.PLAIN);

        assertFalse(err.toString().contains("\u001b") || err.toString().contains("\u0007"), err.toString());
        assertTrue(err.toString().contains("WARNING: drops column t1.e[U+001B]]0;title[U+0007]"), err.toString());
    }
}
