package dev.autogen.dialect.mariadb;

import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyAction;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.testing.CountingDataSource;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.HibernateDdl;
import org.junit.jupiter.api.Tag;
import org.mariadb.jdbc.MariaDbDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@link MariaDbCatalogReader} makes of MariaDB's own spellings, on a real MariaDB 10.11. */
@Tag("mariadb")
class MariaDbCatalogReaderTest {
    @RegisterExtension
    static final MariaDbTestDatabase db = MariaDbTestDatabase.perClass().emptiedBeforeEach();

    private static SchemaModel read() throws Exception {
        try (Connection connection = db.connect()) {
            return MariaDbCatalogReader.currentSchemaOnly().read(connection);
        }
    }

    private static TableModel table(SchemaModel model, String name) {
        return model.tables().get(name);
    }

    private static ColumnDef column(SchemaModel model, String table, String column) {
        return table(model, table).column(column).orElseThrow();
    }

    @Test
    void typesAreReadAsHibernateWritesThem() throws Exception {
        db.execute("CREATE TABLE t (i int, b bigint, s smallint, y tinyint, f bit(1), d double, r float,"
                + " ts datetime(6), tm time, e enum('B','A'), u uuid, j json, n decimal(12,2), v varchar(40))");
        SchemaModel model = read();
        assertEquals(List.of("integer", "bigint", "smallint", "tinyint", "bit", "float(53)", "float(23)", "datetime(6)",
                        "time(0)", "enum ('B','A')", "uuid", "json", "decimal(12,2)", "varchar(40)"),
                table(model, "t").columns().stream().map(ColumnDef::type).toList());
    }

    @Test
    void jsonValidCheckIsPartOfTheJsonTypeButAUserCheckIsKept() throws Exception {
        db.execute("CREATE TABLE t (j json, k longtext, CONSTRAINT k_not_empty CHECK (k <> ''))");
        TableModel table = table(read(), "t");
        assertEquals("json", table.column("j").orElseThrow().type());
        assertEquals("longtext", table.column("k").orElseThrow().type());
        assertEquals(List.of(new CheckDef("k_not_empty", "k <> ''")), table.checks());
    }

    @Test
    void defaultsAreNormalized() throws Exception {
        db.execute("CREATE TABLE t (a varchar(10), b varchar(10) DEFAULT 'x', c bit(1) DEFAULT b'0', d int DEFAULT 0,"
                + " e datetime DEFAULT current_timestamp(), f varchar(10) NOT NULL, g bit(1) NOT NULL DEFAULT b'1')");
        TableModel table = table(read(), "t");
        assertNull(table.column("a").orElseThrow().defaultValue(), "NULL on a nullable column is no default");
        assertEquals("'x'", table.column("b").orElseThrow().defaultValue());
        assertEquals("0", table.column("c").orElseThrow().defaultValue());
        assertEquals("0", table.column("d").orElseThrow().defaultValue());
        assertEquals("current_timestamp()", table.column("e").orElseThrow().defaultValue());
        assertNull(table.column("f").orElseThrow().defaultValue());
        assertEquals("1", table.column("g").orElseThrow().defaultValue());
    }

    @Test
    void checksLoseTheServersBackticksAndKeepTheirNames() throws Exception {
        db.execute("CREATE TABLE t (tier tinyint CHECK (tier BETWEEN 0 AND 2), amount int, CHECK (amount >= 0),"
                + " CHECK (amount < 1000))");
        TableModel table = table(read(), "t");
        assertEquals(List.of("CONSTRAINT_1", "CONSTRAINT_2", "tier"), table.checks().stream().map(CheckDef::name).toList());
        assertEquals("amount >= 0", table.checks().get(0).expression());
        assertEquals("tier between 0 and 2", table.checks().get(2).expression());
    }

    @Test
    void generatedColumns() throws Exception {
        db.execute("CREATE TABLE t (a int, b int AS (a * 2) STORED, c int AS (a + 1) VIRTUAL)");
        TableModel table = table(read(), "t");
        assertEquals("a * 2", table.column("b").orElseThrow().generatedAs());
        assertEquals("a + 1", table.column("c").orElseThrow().generatedAs());
        assertNull(table.column("b").orElseThrow().defaultValue());
        assertFalse(table.column("a").orElseThrow().isGenerated());
    }

    @Test
    void identityCommentsAndPrimaryKey() throws Exception {
        db.execute("CREATE TABLE t (id bigint NOT NULL AUTO_INCREMENT COMMENT 'the key', PRIMARY KEY (id))"
                + " COMMENT 'a table'");
        TableModel table = table(read(), "t");
        ColumnDef id = table.column("id").orElseThrow();
        assertEquals(Identity.BY_DEFAULT, id.identity());
        assertEquals("the key", id.comment());
        assertEquals("a table", table.comment());
        assertNull(table.primaryKey().name(), "PRIMARY is the name the database chooses");
        assertEquals(List.of("id"), table.primaryKey().columns());
        assertNull(table(readAfter("CREATE TABLE u (x int)"), "u").comment(), "no comment is none");
    }

    private static SchemaModel readAfter(String sql) throws Exception {
        db.execute(sql);
        return read();
    }

    @Test
    void foreignKeyIndexesMariaDbCreatesAreNotUserIndexes() throws Exception {
        db.execute("CREATE TABLE p (id bigint PRIMARY KEY)",
                "CREATE TABLE c (id bigint PRIMARY KEY, p_id bigint, q_id bigint, CONSTRAINT fk_c_p FOREIGN KEY (p_id)"
                        + " REFERENCES p (id) ON DELETE CASCADE)",
                "CREATE INDEX ix_c_q ON c (q_id)",
                "ALTER TABLE c ADD CONSTRAINT fk_c_q FOREIGN KEY (q_id) REFERENCES p (id)");
        TableModel table = table(read(), "c");
        assertEquals(List.of(new IndexDef("ix_c_q", List.of("q_id"), false)), table.indexes(),
                "fk_c_p's own index is MariaDB's; ix_c_q, which fk_c_q uses, is the user's");
        assertEquals(List.of("fk_c_p", "fk_c_q"), table.foreignKeys().stream().map(k -> k.name()).toList());
        assertEquals(ForeignKeyAction.CASCADE, table.foreignKeys().get(0).onDelete());
        assertEquals(ForeignKeyAction.NO_ACTION, table.foreignKeys().get(1).onDelete(), "MariaDB reports RESTRICT");
        assertEquals("p", table.foreignKeys().get(0).referencedTable());
        assertEquals(List.of("id"), table.foreignKeys().get(0).referencedColumns());
    }

    @Test
    void uniquesAndDescendingIndexes() throws Exception {
        db.execute("CREATE TABLE t (a int, b int, c varchar(100), UNIQUE KEY uk_t_ab (a, b))",
                "CREATE INDEX ix_t_ba ON t (b DESC, a)", "CREATE INDEX ix_t_c ON t (c(10))");
        TableModel table = table(read(), "t");
        assertEquals(List.of("uk_t_ab"), table.uniques().stream().map(u -> u.name()).toList());
        IndexDef ba = table.indexes().get(0);
        assertEquals(List.of(true, false), ba.descending());
        IndexDef prefix = table.indexes().get(1);
        assertTrue(prefix.verbatim(), "a prefix index is not one the entity model can express");
        assertEquals("CREATE INDEX `ix_t_c` ON `t` (`c`(10))", prefix.definition());
    }

    @Test
    void historyTableAndSequencesAndNames() throws Exception {
        db.execute("CREATE TABLE autogen_history (revision varchar(128) PRIMARY KEY)",
                "CREATE TABLE `Customer` (`purchaseOrder_id` bigint)",
                "CREATE SEQUENCE `Product_SEQ` START WITH 1 INCREMENT BY 50 NOCACHE",
                "CREATE SEQUENCE other_seq START WITH 100 INCREMENT BY 10");
        SchemaModel model = read();
        assertEquals(List.of("Customer"), List.copyOf(model.tables().keySet()), "history table and sequences left out");
        assertEquals("purchaseOrder_id", model.tables().get("Customer").columns().get(0).name());
        assertEquals(Map.of("Product_SEQ", new SequenceDef("Product_SEQ", 1, 50),
                "other_seq", new SequenceDef("other_seq", 100, 10)), model.sequences());
    }

    @Test
    void queryCountIsConstant() throws Exception {
        assertEquals(queriesFor(2), queriesFor(30));
    }

    private static int queriesFor(int tables) throws Exception {
        db.reset();
        List<String> ddl = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            ddl.add("CREATE TABLE t" + i + " (id int PRIMARY KEY, v varchar(10) CHECK (v <> ''), p int, UNIQUE (v))");
            ddl.add("CREATE SEQUENCE s" + i);
            ddl.add("CREATE INDEX ix" + i + " ON t" + i + " (p)");
        }
        db.execute(ddl);
        MariaDbDataSource server = new MariaDbDataSource(db.url());
        server.setUser(db.user());
        CountingDataSource counting = new CountingDataSource(server);
        SchemaModel model;
        try (Connection connection = counting.getConnection()) {
            model = MariaDbCatalogReader.currentSchemaOnly().read(connection);
        }
        assertEquals(tables, model.tables().size());
        assertEquals(tables, model.sequences().size());
        return counting.executed().size();
    }

    @Test
    void realDifferencesAreFound() throws Exception {
        String fixture = "dev.autogen.fixtures.mariadb";
        SchemaModel entities = MariaDbFixpointTest.entities(fixture, Map.of());
        db.execute(HibernateDdl.creationCommands(fixture, MariaDbFixpointTest.settings(Map.of())));
        db.execute("ALTER TABLE Customer ADD COLUMN legacy int", "ALTER TABLE Product MODIFY sku varchar(60) NOT NULL");
        MigrationPlan plan = SchemaDiff.compare(entities, read(), MariaDbComparisonRules.INSTANCE);
        List<String> kinds = plan.operations().stream().map(op -> op.getClass().getSimpleName()).toList();
        assertFalse(plan.isEmpty());
        assertTrue(plan.operations().stream().anyMatch(op -> op instanceof AlterColumnType type
                && type.table().equals("Product") && type.column().equals("sku")), kinds::toString);
        assertTrue(plan.operations().stream().anyMatch(op -> op.getClass().getSimpleName().equals("DropColumn")),
                kinds::toString);
        SchemaModel back = read();
        MigrationPlan reverse = SchemaDiff.compare(back, entities, MariaDbComparisonRules.INSTANCE);
        assertTrue(reverse.operations().stream().anyMatch(op -> op instanceof AddColumn add
                && add.column().name().equals("legacy")), () -> reverse.operations().toString());
    }

    @Test
    void nativeUuidWithTheServersVersion() throws Exception {
        SchemaModel entities = MariaDbFixpointTest.entities("dev.autogen.fixtures.mariadb", Map.of());
        assertEquals("uuid", column(entities, "Customer", "externalId").type());
        assertEquals("json", column(entities, "Customer", "preferences").type());
        assertEquals("enum ('ACTIVE','BLOCKED','PENDING')", column(entities, "Customer", "status").type());
    }

    @Test
    void otherSchemaIsQualified() throws Exception {
        String other = db.name() + "_other";
        db.execute("DROP DATABASE IF EXISTS `" + other + "`", "CREATE DATABASE `" + other + "`",
                "CREATE TABLE `" + other + "`.x (id int)", "CREATE TABLE here (id int)");
        try (Connection connection = db.connect()) {
            SchemaModel model = new MariaDbCatalogReader(List.of(other, "absent"), "autogen_history",
                    SecretMask.patternsOnly()).read(connection);
            assertEquals(List.of("here", other + ".x"), List.copyOf(model.tables().keySet()));
            assertEquals(Set.of(other), model.schemas());
        } finally {
            db.execute("DROP DATABASE `" + other + "`");
        }
    }
}
