package dev.autogen.database;

import dev.autogen.dialect.postgres.PostgresTypes;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entity.EntityModelReader;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.testing.HibernateDdl;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The no-false-positive check: the schema that Hibernate's own exporter creates for an entity model,
 * read back from the catalog, diffs empty against the entity model, in both directions.
 */
@Tag("postgres")
class FixpointTest {
    private static final List<String> SCHEMAS = List.of("public", "billing");

    static Stream<Arguments> models() {
        Map<String, String> none = Map.of();
        Map<String, String> underscores = Map.of("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        return Stream.of(
                Arguments.of("dev.autogen.fixtures.todo.v1", none),
                Arguments.of("dev.autogen.fixtures.todo.v2", none),
                Arguments.of("dev.autogen.fixtures.shop", none),
                Arguments.of("dev.autogen.fixtures.shop", underscores),
                Arguments.of("dev.autogen.fixtures.kitchen", none),
                Arguments.of("dev.autogen.fixtures.kitchen", underscores),
                Arguments.of("dev.autogen.fixtures.todo.v2", underscores));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void hibernateExportReadBackDiffsEmpty(String entityPackage, Map<String, String> settings) throws Exception {
        SchemaModel entities = new EntityModelReader(getClass().getClassLoader(), List.of(entityPackage), settings,
                "test").read();
        List<String> ddl = HibernateDdl.creationCommands(entityPackage, settings);
        SchemaModel database;
        try (TestDatabase db = TestDatabase.create()) {
            db.execute(ddl);
            try (Connection connection = db.connect()) {
                database = new DatabaseReader(SCHEMAS).read(connection);
            }
        }

        assertEquals(entities.tables().keySet(), database.tables().keySet());
        assertEquals(entities.sequences(), database.sequences());
        MigrationPlan plan = SchemaDiff.compare(entities, database);
        assertTrue(plan.isEmpty(), () -> "false positives for " + entityPackage + ":\n  "
                + String.join("\n  ", plan.operations().stream().map(Object::toString).toList())
                + "\nHibernate DDL:\n  " + String.join("\n  ", ddl));
        MigrationPlan backwards = SchemaDiff.compare(database, entities);
        assertTrue(backwards.isEmpty(), () -> "false positives database -> entities: " + backwards.operations());
        entities.tables().forEach((name, table) -> assertSameColumns(table, database.tables().get(name)));
        entities.tables().forEach((name, table) -> assertEquals(table.comment(), database.tables().get(name).comment(),
                name + " comment"));
    }

    /** Columns agree too, beyond what the diff compares: names, order, canonical types, nullability, identity. */
    private static void assertSameColumns(TableModel entity, TableModel database) {
        assertEquals(entity.columns().size(), database.columns().size(), entity.name());
        for (int i = 0; i < entity.columns().size(); i++) {
            ColumnDef expected = entity.columns().get(i);
            ColumnDef actual = database.columns().get(i);
            String where = entity.name() + "." + expected.name();
            assertEquals(expected.name(), actual.name(), where);
            assertEquals(PostgresTypes.canonical(expected.type()), PostgresTypes.canonical(actual.type()),
                    where + ": " + expected.type() + " vs " + actual.type());
            assertEquals(expected.nullable(), actual.nullable(), where + " nullability");
            assertEquals(expected.identity(), actual.identity(), where + " identity");
            assertEquals(expected.defaultValue() == null, actual.defaultValue() == null, where + " default");
            assertEquals(expected.comment(), actual.comment(), where + " comment");
        }
    }
}
