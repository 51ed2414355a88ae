package dev.autogen.dialect.mariadb;

import dev.autogen.database.DatabaseReader;
import dev.autogen.diff.AffectedRows;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.MigrationOperation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.index;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The rows a reviewed change touches are counted with the condition in the reader's own database's SQL. */
class MariaDbAffectedRowsTest {
    private final MariaDbCatalogReader mariaDb = new MariaDbCatalogReader(List.of(), "autogen_history",
            SecretMask.patternsOnly());

    @Test
    void mariaDbQuotesWithBackticksAndCountsCharacters() {
        assertEquals("`title` IS NULL", mariaDb.affectedRows(
                new AlterColumnNullability("todo", "title", false, null, column("title", "varchar(20)"))));
        assertEquals("`title` IS NOT NULL", mariaDb.affectedRows(new DropColumn("todo", "title",
                column("title", "varchar(20)"))));
        assertEquals("CHAR_LENGTH(`title`) > 10", mariaDb.affectedRows(new AlterColumnType("todo", "title",
                "varchar(10)", "varchar(20)", null, null, column("title", "varchar(20)"))));
        assertNull(mariaDb.affectedRows(new CreateIndex("todo", index("todo_title_idx", "title"))));
    }

    @Test
    void postgresKeepsItsSpelling() {
        MigrationOperation narrowed = new AlterColumnType("todo", "title", "varchar(10)", "varchar(20)", null, null,
                column("title", "varchar(20)"));
        assertEquals(AffectedRows.condition(narrowed), new DatabaseReader(List.of()).affectedRows(narrowed));
        assertEquals("length(title::text) > 10", new DatabaseReader(List.of()).affectedRows(narrowed));
    }
}
