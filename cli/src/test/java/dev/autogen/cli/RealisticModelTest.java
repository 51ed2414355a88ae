package dev.autogen.cli;

import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shop model in three steps, the way an application grows: single-table and joined inheritance,
 * an embeddable, a version, a lob, UUID and java.time values, BigDecimal, element collections,
 * many-to-many, a self reference, enums that change representation and values, a column and a
 * table renamed (into another schema), an identity switch. Up step by step, down again, and up to
 * head at once; at every step the schema is Hibernate's and the rows survive.
 */
@Tag("mariadb")
@Tag("postgres")
class RealisticModelTest {
    private static final String V1 = "dev.autogen.it.shop.v1";
    private static final String V2 = "dev.autogen.it.shop.v2";
    private static final String V3 = "dev.autogen.it.shop.v3";
    private static final String ORDER = "'00000000-0000-0000-0000-000000000001'";
    private static final String ROWS = "SELECT c.name, c.email, c.city, p.sku, p.name, o.status, l.product_id, y.amount,"
            + " y.cardlast4 FROM customer c JOIN %s o ON o.customer_id = c.id JOIN order_line l ON l.order_id = o.id"
            + " JOIN product p ON p.id = l.product_id JOIN payment y ON y.order_id = o.id ORDER BY c.id";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Workflow workflow;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        workflow = new Workflow(dir, database);
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void threeStepsUpAndDownKeepTheRows() throws Exception {
        workflow.revision(V1, "shop");
        workflow.upgradeAndVerify(V1);
        database.execute(
                "INSERT INTO customer (id, name, email, city, street, version, createdat, tier) VALUES"
                        + " (1, 'Ann', 'ann@example.com', 'Paris', 'rue Royale', 0, now(), 2),"
                        + " (2, 'Bob', NULL, NULL, NULL, 0, NULL, NULL)",
                "INSERT INTO product (id, sku, name, price) VALUES (1, 'PEN-1', 'Pen', 1.50)",
                "INSERT INTO product_tags (product_id, tags) VALUES (1, 'office')",
                "INSERT INTO orders (id, customer_id, status, placedat) VALUES (" + ORDER + ", 1, 'PAID', now())",
                "INSERT INTO order_line (id, order_id, product_id, qty) VALUES (1, " + ORDER + ", 1, 3)",
                "INSERT INTO payment (id, dtype, amount, order_id, cardlast4) VALUES (1, 'CardPayment', 4.50, "
                        + ORDER + ", '4242')");
        List<List<String>> rows = database.query(ROWS.formatted("orders"));
        assertEquals(1, rows.size());

        CliResult second = workflow.revision(V2, "categories shipments", "--rename", "order_line.qty=quantity");
        assertTrue(second.err().contains("converts the ordinals of customer.tier"), second.toString());
        workflow.upgradeAndVerify(V2);
        assertEquals(rows, database.query(ROWS.formatted("orders")));
        assertEquals(List.of("GOLD", "3"), List.of(database.column("SELECT tier FROM customer WHERE id = 1").get(0),
                database.column("SELECT quantity FROM order_line").get(0)));

        CliResult third = workflow.revision(V3, "sales schema", "--rename", "orders=sales.orders");
        assertTrue(third.err().contains("drops column customer.phone"), third.toString());
        workflow.upgradeAndVerify(V3);
        assertEquals(rows, database.query(ROWS.formatted("sales.orders")));
        assertEquals(List.of("FR", "FR"), database.column("SELECT country FROM customer ORDER BY id"));
        database.execute("INSERT INTO category (name) VALUES ('office')");

        assertSuccess(workflow.cli().run("downgrade", "-1"));
        workflow.assertSchemaIs(V2);
        assertEquals(rows, database.query(ROWS.formatted("orders")));

        assertSuccess(workflow.cli().run("downgrade", "-1"));
        workflow.assertSchemaIs(V1);
        assertEquals(rows, database.query(ROWS.formatted("orders")));
        assertEquals(List.of("2", "3"), List.of(database.column("SELECT tier FROM customer WHERE id = 1").get(0),
                database.column("SELECT qty FROM order_line").get(0)));

        assertSuccess(workflow.cli().run("upgrade"));
        workflow.assertSchemaIs(V3);
        workflow.assertCheckIsClean(V3);
        assertEquals(rows, database.query(ROWS.formatted("sales.orders")));
    }
}
