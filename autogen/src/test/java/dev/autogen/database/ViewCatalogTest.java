package dev.autogen.database;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.ops.ViewDef;
import dev.autogen.runtime.testing.TestDatabase;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.ViewDependencies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Views read from a real PostgreSQL's catalog with what they read, and compared with an entity
 * model's views through the server's own deparsing, so that spelling never counts as a change.
 */
@Tag("postgres")
class ViewCatalogTest {
    private static final String HIBERNATE_TEXT = "select id, total from invoice where paid = false";
    private static TestDatabase database;

    @BeforeAll
    static void createSchema() throws Exception {
        database = TestDatabase.create();
        database.execute("CREATE TABLE invoice (id bigint PRIMARY KEY, total numeric(10,2), paid boolean, note text)",
                "CREATE VIEW open_invoice AS " + HIBERNATE_TEXT,
                "CREATE VIEW open_total AS SELECT sum(total) AS total FROM open_invoice");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    private static SchemaModel read() throws Exception {
        try (Connection connection = database.connect()) {
            return DatabaseReader.currentSchemaOnly().read(connection);
        }
    }

    @Test
    void viewsComeWithTheServersDefinitionAndWhatTheyRead() throws Exception {
        SchemaModel model = read();

        assertEquals(List.of("open_invoice", "open_total"), List.copyOf(model.views().keySet()));
        assertTrue(model.views().get("open_invoice").query().contains("invoice.paid = false"),
                model.views().get("open_invoice")::query);
        assertEquals(List.of(new ViewDependencies.Edge("open_invoice", "invoice", "id"),
                        new ViewDependencies.Edge("open_invoice", "invoice", "total"),
                        new ViewDependencies.Edge("open_invoice", "invoice", "paid")).stream().sorted(
                        Comparator.comparing(ViewDependencies.Edge::column)).toList(),
                model.viewDependencies().of("open_invoice").stream().sorted(
                        Comparator.comparing(ViewDependencies.Edge::column)).toList());
        assertEquals(List.of(new ViewDependencies.Edge("open_total", "open_invoice", "total")),
                List.copyOf(model.viewDependencies().of("open_total")));
    }

    @Test
    void theSameQuerySpelledOtherwiseIsNoChange() throws Exception {
        SchemaModel current = read();
        SchemaModel target = current.withViews(List.of(new ViewDef("open_invoice", "SELECT ID, TOTAL\n FROM invoice"
                + " WHERE NOT paid IS DISTINCT FROM false;"), new ViewDef("open_total",
                "select sum(total) as total from open_invoice")));
        SchemaModel aligned;
        try (Connection connection = database.connect()) {
            aligned = ViewProbe.align(connection, target, current, SecretMask.patternsOnly());
        }
        assertNotEquals(current.views().get("open_total").query(), "select sum(total) as total from open_invoice");
        assertEquals(target.views().get("open_total"), aligned.views().get("open_total"));
        assertEquals(current.views().get("open_invoice"), aligned.views().get("open_invoice"),
                "a query of other meaning keeps the server's definition");
        assertFalse(SchemaDiff.compare(target, aligned).isEmpty());
        assertEquals(1, SchemaDiff.compare(target, aligned).operations().stream()
                .filter(op -> op.describe().contains("open_invoice")).count());
    }

    @Test
    void hibernatesOwnTextIsNoChangeAndTheProbeLeavesNothingBehind() throws Exception {
        SchemaModel current = read();
        SchemaModel target = current.withViews(List.of(new ViewDef("open_invoice", HIBERNATE_TEXT),
                current.views().get("open_total")));
        try (Connection connection = database.connect()) {
            assertTrue(SchemaDiff.compare(target, ViewProbe.align(connection, target, current,
                    SecretMask.patternsOnly())).isEmpty());
        }
        assertEquals(current.views().keySet(), read().views().keySet());
    }

    @Test
    void aQueryOfSeveralStatementsIsNeverRunByTheProbe() throws Exception {
        SchemaModel current = read();
        SchemaModel target = current.withViews(List.of(new ViewDef("open_invoice",
                "select id, total from invoice where paid = false; commit; drop table invoice"),
                current.views().get("open_total")));
        try (Connection connection = database.connect()) {
            assertEquals(current.views(), ViewProbe.align(connection, target, current, SecretMask.patternsOnly()).views());
        }
        assertTrue(read().tables().containsKey("invoice"));
        assertTrue(ViewProbe.singleStatement("select ';' as semi, \"a;b\", a$b from t"));
        assertFalse(ViewProbe.singleStatement("select $$;$$ from t"));
    }

    @Test
    void aQueryOverWhatTheDatabaseLacksIsAChange() throws Exception {
        SchemaModel current = read();
        SchemaModel target = current.withViews(List.of(new ViewDef("open_invoice",
                "select id, total, due_at from invoice where paid = false"), current.views().get("open_total")));
        try (Connection connection = database.connect()) {
            SchemaModel aligned = ViewProbe.align(connection, target, current, SecretMask.patternsOnly());
            assertEquals(current.views(), aligned.views());
            assertTrue(connection.getAutoCommit());
        }
    }
}
