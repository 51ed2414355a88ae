package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.CreateView;
import dev.autogen.runtime.ops.DropView;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.ReplaceView;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The view SQL runs on a real PostgreSQL, including a replace that removes a column, which CREATE OR REPLACE refuses. */
@Tag("postgres")
class ViewOperationsLiveTest {
    private static final ViewDef OPEN = new ViewDef("billing.open_invoice",
            "select id, total from billing.invoice where paid = false");
    private static final ViewDef OPEN_IDS = new ViewDef("billing.open_invoice", "select id from billing.invoice where not paid");

    private static TestDatabase db;
    private final PostgresDialect dialect = new PostgresDialect();

    @BeforeAll
    static void createDatabase() throws SQLException {
        db = TestDatabase.create();
        db.execute("CREATE SCHEMA billing", "CREATE TABLE billing.invoice (id bigint PRIMARY KEY, total bigint, paid boolean)",
                "INSERT INTO billing.invoice VALUES (1, 10, false), (2, 20, true)");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        db.close();
    }

    private void run(MigrationOperation operation) throws SQLException {
        db.execute(dialect.toSql(operation));
    }

    @Test
    void createReplaceWithFewerColumnsAndDropThenTheReverses() throws SQLException {
        run(new CreateView(OPEN));
        assertEquals(List.of(List.of("1", "10")), db.query("SELECT * FROM billing.open_invoice"));
        ReplaceView replace = new ReplaceView(OPEN_IDS, OPEN);
        run(replace);
        assertEquals(List.of(List.of("1")), db.query("SELECT * FROM billing.open_invoice"));
        run(replace.reverse());
        assertEquals(List.of(List.of("1", "10")), db.query("SELECT * FROM billing.open_invoice"));
        DropView drop = new DropView(OPEN.name(), OPEN);
        run(drop);
        assertFalse(db.exists("billing.open_invoice"));
        run(drop.reverse());
        assertEquals(List.of(List.of("1", "10")), db.query("SELECT * FROM billing.open_invoice"));
    }
}
