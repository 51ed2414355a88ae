package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static dev.autogen.runtime.Ddl.column;
import static dev.autogen.runtime.Ddl.foreignKey;
import static dev.autogen.runtime.Ddl.index;
import static dev.autogen.runtime.Ddl.primaryKey;
import static dev.autogen.runtime.Ddl.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An offline upgrade script ({@code upgrade --sql}) for MariaDB, rendered by the runtime and run by the
 * {@code mariadb} command-line client: tables, an index, a foreign key, a sequence, whole-column changes,
 * a backfilled column and the guarded {@code DROP SCHEMA} all land, and hostile text in messages,
 * comments and defaults round-trips without running anything of its own.
 */
@Tag("mariadb")
class MariaDbOfflineScriptLiveTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    static final String HOSTILE_MESSAGE = "it's \\ \"q\" */ -- ünïcödé ☃\n\\! touch shell-ran\n\tDELIMITER ;;\u200B end";
    static final String COMMENT = "x\\' ; DROP TABLE orders; -- */ \n\\! touch shell-ran\n\u0007bell\r\nDELIMITER ;;\nend ☃";
    static final String COMMENT_2 = "second */ '' \\\\ \\q\n\\g ☃";
    static final String DEFAULT_SQL = "'it''s \\\\ \"d\" */ ☃'";
    static final String DEFAULT_VALUE = "it's \\ \"d\" */ ☃";
    static final String EXTRA = "mt_extra_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final ColumnDef POINTS = column("points", "int").notNull().defaultValue("0").comment("loyalty");

    @Revision(id = "20300101_000001", message = HOSTILE_MESSAGE, dialect = "mariadb")
    public static final class CreateShop implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("customer", column("id", "bigint").notNull().generatedByDefaultAsIdentity(),
                    column("name", "varchar(100)").notNull().defaultValue(DEFAULT_SQL).comment(COMMENT), POINTS,
                    primaryKey("id"));
            op.createIndex("customer", index("ix_customer_name", "name"));
            op.createTable("orders", column("id", "bigint").notNull(), column("customer_id", "bigint"), primaryKey("id"));
            op.addForeignKey("orders", foreignKey("fk_orders_customer", "customer_id").references("customer", "id"));
            op.createSequence(sequence("orders_SEQ"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropSequence("orders_SEQ");
            op.dropTable("orders");
            op.dropTable("customer");
        }
    }

    @Revision(id = "20300101_000002", parents = "20300101_000001", message = "widen points; it's \\ done",
            dialect = "mariadb")
    public static final class WidenPoints implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.alterColumnType("customer", POINTS, "bigint");
            op.setComment("customer", POINTS.withType("bigint"), COMMENT_2);
            op.addColumn("orders", column("total", "int").notNull().backfill("0"));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("orders", "total");
            op.alterColumnType("customer", POINTS.withType("bigint"), "int");
        }
    }

    /** The guard before DROP SCHEMA is a compound statement, which the runtime refuses inside a transactional revision. */
    @Revision(id = "20300101_000003", parents = "20300101_000002", message = "a database made and dropped",
            dialect = "mariadb", transactional = false)
    public static final class ExtraDatabase implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createSchema(EXTRA);
            op.dropSchema(EXTRA);
        }

        @Override
        public void downgrade(Operations op) {
        }
    }

    @Test
    void theMariadbClientRunsTheScriptAndTextRoundTrips(@TempDir Path temp) throws Exception {
        Migrator migrator = Migrator.configure().dataSource(db.dataSource()).dialect(new MariaDbDialect())
                .migrations(List.of(CreateShop.class, WidenPoints.class, ExtraDatabase.class)).load();
        String script = migrator.upgradeSql("base", "head");
        assertTrue(script.contains("-- Run with: mariadb --database=<database> < <this file>"), script);
        assertTrue(script.contains("commits each DDL statement implicitly"), script);
        assertFalse(script.contains("START TRANSACTION") || script.contains("COMMIT;"), script);
        assertTrue(script.contains("DELIMITER $$\nBEGIN NOT ATOMIC"), script);
        Path file = temp.resolve("upgrade.sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);

        try {
            Process client = new ProcessBuilder("mariadb", "-uroot", "-h127.0.0.1", db.name())
                    .directory(temp.toFile()).redirectInput(file.toFile()).redirectErrorStream(true)
                    .redirectOutput(temp.resolve("client.log").toFile()).start();
            assertEquals(0, client.waitFor(), () -> read(temp.resolve("client.log")) + "\n" + script);
        } finally {
            db.execute("DROP DATABASE IF EXISTS `" + EXTRA + "`");
        }

        assertFalse(Files.exists(temp.resolve("shell-ran")), "the client ran a shell command from the text");
        assertEquals("", read(temp.resolve("client.log")));
        assertEquals(List.of("bigint(20)", "NO", "0", COMMENT_2, ""), columnFacts("customer", "points"));
        assertEquals(List.of("varchar(100)", "NO", DEFAULT_SQL, COMMENT, ""), columnFacts("customer", "name"));
        assertEquals(List.of("bigint(20)", "NO", "<none>", "", "auto_increment"), columnFacts("customer", "id"));
        assertEquals(List.of("int(11)", "NO", "<none>", "", ""), columnFacts("orders", "total"));
        db.execute("INSERT INTO customer () VALUES ()");
        assertEquals(List.of(DEFAULT_VALUE), db.column("SELECT name FROM customer"));
        assertEquals(List.of("fk_orders_customer"), db.column("SELECT CONSTRAINT_NAME FROM information_schema"
                + ".REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"));
        assertEquals(List.of("SEQUENCE"), db.column("SELECT TABLE_TYPE FROM information_schema.TABLES WHERE"
                + " TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders_SEQ'"));
        assertTrue(db.column("SHOW DATABASES LIKE '" + EXTRA + "'").isEmpty());
        assertEquals(List.of(HOSTILE_MESSAGE, "widen points; it's \\ done", "a database made and dropped"),
                db.column("SELECT description FROM autogen_history ORDER BY revision"));
    }

    /** COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT (or {@code <none>}), COLUMN_COMMENT and EXTRA of the column. */
    private static List<String> columnFacts(String table, String column) throws Exception {
        return db.query("SELECT COLUMN_TYPE, IS_NULLABLE, COALESCE(COLUMN_DEFAULT, '<none>'), COLUMN_COMMENT, EXTRA"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + table
                + "' AND COLUMN_NAME = '" + column + "'").get(0);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
