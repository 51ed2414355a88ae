package dev.autogen.dialect.mariadb;

import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entity.EntityModelReader;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.testing.MariaDbTestDatabase;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.HibernateDdl;
import dev.autogen.runtime.ops.ForeignKeyAction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The no-false-positive check on MariaDB: the schema Hibernate's own MariaDB export creates for an entity
 * model, read back by {@link MariaDbCatalogReader}, diffs empty against the entity model read with the
 * MariaDB dialect's Hibernate settings and naming rules, in both directions, under MariaDB's comparison rules.
 * The kitchen, nativeenums and views fixtures are PostgreSQL's own (column definitions in PostgreSQL's SQL, a
 * column named {@code blob}, named enum types, a view over another schema) and are not exported here.
 */
@Tag("mariadb")
class MariaDbFixpointTest {
    static final DatabaseDialect DIALECT = DatabaseDialects.named("mariadb");

    static Stream<Arguments> models() {
        Map<String, String> none = Map.of();
        Map<String, String> underscores = Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        return Stream.of(
                Arguments.of("dev.autogen.fixtures.mariadb", none),
                Arguments.of("dev.autogen.fixtures.mariadb", underscores),
                Arguments.of("dev.autogen.fixtures.shop", none),
                Arguments.of("dev.autogen.fixtures.todo.v1", none),
                Arguments.of("dev.autogen.fixtures.todo.v2", none),
                Arguments.of("dev.autogen.fixtures.todo.v2", underscores),
                Arguments.of("dev.autogen.fixtures.names", none),
                Arguments.of("dev.autogen.fixtures.longuniques", none),
                Arguments.of("dev.autogen.fixtures.longkeys", none),
                Arguments.of("dev.autogen.fixtures.longcolumn", none),
                Arguments.of("dev.autogen.fixtures.lonequote", none));
    }

    /** The Hibernate settings autogen uses for MariaDB, with the given extra ones. */
    static Map<String, String> settings(Map<String, String> extra) {
        return DatabaseDialects.hibernateSettings(DIALECT, new TreeMap<>(extra));
    }

    /** The entity model of a package as autogen reads it for MariaDB. */
    static SchemaModel entities(String entityPackage, Map<String, String> extra) {
        return new EntityModelReader(MariaDbFixpointTest.class.getClassLoader(), List.of(entityPackage),
                settings(extra), "test").withNamingRules(DIALECT.namingRules())
                .withComparisonRules(DIALECT.comparisonRules()).read();
    }

    /** The model Hibernate's own MariaDB export of a package leaves in a fresh database, read back. */
    static SchemaModel exported(String entityPackage, Map<String, String> extra) throws Exception {
        List<String> ddl = HibernateDdl.creationCommands(entityPackage, settings(extra));
        try (MariaDbTestDatabase db = MariaDbTestDatabase.create()) {
            db.execute(ddl);
            try (Connection connection = db.connect()) {
                return DIALECT.catalogReader(List.of(), "autogen_history", SecretMask.patternsOnly()).read(connection);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void hibernateExportReadBackDiffsEmpty(String entityPackage, Map<String, String> extra) throws Exception {
        SchemaModel entities = entities(entityPackage, extra);
        SchemaModel database = exported(entityPackage, extra);

        assertEquals(entities.tables().keySet(), database.tables().keySet());
        assertEquals(entities.sequences(), database.sequences());
        entities.tables().forEach((name, table) -> assertSameColumns(table, database.tables().get(name)));
        MigrationPlan plan = SchemaDiff.compare(entities, database, DIALECT.comparisonRules());
        assertTrue(plan.isEmpty(), () -> "false positives for " + entityPackage + ":\n  "
                + String.join("\n  ", plan.operations().stream().map(Object::toString).toList()));
        MigrationPlan backwards = SchemaDiff.compare(database, entities, DIALECT.comparisonRules());
        assertTrue(backwards.isEmpty(), () -> "false positives database -> entities: " + backwards.operations());
    }

    @Test
    void mariaDbShapesAreTheOnesExported() throws Exception {
        SchemaModel database = exported("dev.autogen.fixtures.mariadb", Map.of());
        TableModel shipment = database.tables().get("Shipment");
        assertEquals(List.of("trackingCode"), shipment.uniques().stream().map(u -> u.name()).toList(),
                "an inline unique is named after its column");
        assertEquals(List.of("ix_Shipment_order"), shipment.indexes().stream().map(i -> i.name()).toList());
        assertEquals(ForeignKeyAction.CASCADE, shipment.foreignKeys().get(0).onDelete());
        assertEquals(List.of("ck_Shipment_weight", "priority"), shipment.checks().stream().map(c -> c.name()).toList());
        TableModel customer = database.tables().get("Customer");
        assertEquals(List.of("CONSTRAINT_1", "tier"), customer.checks().stream().map(c -> c.name()).toList());
        assertEquals("json", customer.column("preferences").orElseThrow().type());
        assertEquals("uuid", customer.column("externalId").orElseThrow().type());
        assertTrue(customer.column("by").isPresent());
        assertTrue(database.tables().get("PurchaseOrder").indexes().isEmpty(), "MariaDB's own foreign-key index");
        assertTrue(database.tables().containsKey("hibernate_sequences"), "the TABLE generator's table");
        assertEquals(Set.of("OrderLine_SEQ", "Product_SEQ"), database.sequences().keySet());
        assertEquals("0", database.tables().get("Product").column("discontinued").orElseThrow().defaultValue());
    }

    /** Columns agree beyond what the diff compares: names, order, canonical types, nullability, identity, comment. */
    private static void assertSameColumns(TableModel entity, TableModel database) {
        assertEquals(entity.columns().stream().map(ColumnDef::name).toList(),
                database.columns().stream().map(ColumnDef::name).toList(), entity.name());
        for (int i = 0; i < entity.columns().size(); i++) {
            ColumnDef expected = entity.columns().get(i);
            ColumnDef actual = database.columns().get(i);
            String where = entity.name() + "." + expected.name();
            assertEquals(MariaDbTypes.canonical(expected.type()), MariaDbTypes.canonical(actual.type()), where);
            assertEquals(expected.nullable(), actual.nullable(), where);
            assertEquals(expected.identity(), actual.identity(), where);
            assertEquals(expected.comment(), actual.comment(), where);
        }
        assertEquals(entity.comment(), database.comment(), entity.name());
        assertEquals(entity.checks().stream().map(c -> c.name()).toList(),
                database.checks().stream().map(c -> c.name()).toList(), entity.name() + " checks");
        assertEquals(entity.uniques(), database.uniques(), entity.name() + " uniques");
        assertEquals(entity.indexes(), database.indexes(), entity.name() + " indexes");
        assertEquals(entity.foreignKeys(), database.foreignKeys(), entity.name() + " foreign keys");
        assertEquals(entity.primaryKey(), database.primaryKey(), entity.name() + " primary key");
    }
}
