package dev.autogen.entity;

import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.schema.SchemaModel;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every PostgreSQL enum mapping of Hibernate gives the type its own export creates: named after the enum's
 * simple name in the current schema (unqualified, though the table is in another schema), labels sorted for
 * {@code NAMED_ENUM} and in declaration order for the ordinal mappings, with the casts to and from varchar.
 */
class NamedEnumTypesTest {
    private static final String FIXTURES = "dev.autogen.fixtures.nativeenums";

    private final SchemaModel model = new EntityModelReader(getClass().getClassLoader(), List.of(FIXTURES), Map.of(),
            "test").read();

    @Test
    void theModelHoldsTheTypesHibernateExports() {
        assertEquals(Map.of(
                "carrier", new EnumTypeDef("carrier", List.of("DHL", "UPS")).withVarcharCasts(),
                "priority", new EnumTypeDef("priority", List.of("LOW", "HIGH", "MEDIUM")).withVarcharCasts(),
                "status", new EnumTypeDef("status", List.of("ARCHIVED", "CLOSED", "OPEN")).withVarcharCasts()),
                model.enumTypes());
        assertEquals("Status", model.tables().get("logistics.shipment").column("previousstatus").orElseThrow().type());
    }

    @Test
    void hibernatesOwnExportSpellsTheSameTypes() {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", EntityModelReader.DEFAULT_DIALECT)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false").build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            new EntityModelReader(getClass().getClassLoader(), List.of(FIXTURES), Map.of(), "test").entityClasses()
                    .forEach(sources::addAnnotatedClass);
            List<String> ddl = new SchemaCreatorImpl(registry).generateCreationCommands(sources.buildMetadata(), true);
            for (String expected : List.of("create type Status as enum ('ARCHIVED','CLOSED','OPEN')",
                    "create type Priority as enum ('LOW','HIGH','MEDIUM')", "create type Carrier as enum ('DHL','UPS')",
                    "create cast (varchar as Status) with inout as implicit",
                    "create cast (Status as varchar) with inout as implicit")) {
                assertTrue(ddl.contains(expected), () -> expected + " not in " + ddl);
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
