package dev.autogen.testing;

import dev.autogen.entity.EntityModelReader;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

import java.util.List;
import java.util.Map;

/** The DDL that Hibernate's own schema exporter emits for the entities of a package. */
public final class HibernateDdl {
    private HibernateDdl() {
    }

    /**
     * Hibernate's {@code create} commands for the entities of the package, for PostgreSQL,
     * including {@code create schema} for the schemas the entities name, with extra Hibernate
     * settings such as a naming strategy.
     */
    public static List<String> creationCommands(String entityPackage, Map<String, String> settings) {
        ClassLoader loader = HibernateDdl.class.getClassLoader();
        List<Class<?>> classes = new EntityModelReader(loader, List.of(entityPackage), Map.of(), "test").entityClasses();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", EntityModelReader.DEFAULT_DIALECT)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("hibernate.temp.use_jdbc_metadata_defaults", "false");
        settings.forEach(builder::applySetting);
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            return new SchemaCreatorImpl(registry).generateCreationCommands(metadata, true);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
