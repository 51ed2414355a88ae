package dev.autogen.cli.testing;

import dev.autogen.entity.EntityModelReader;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

import java.util.List;
import java.util.Map;

/** The {@code create} commands Hibernate's own schema exporter emits for the entities of a package. */
public final class HibernateExport {
    private HibernateExport() {
    }

    /**
     * Hibernate's create commands, {@code create schema} included, for the entities of the package,
     * built offline with the given settings (the dialect among them).
     */
    public static List<String> creationCommands(String entityPackage, Map<String, String> settings) {
        List<Class<?>> classes = new EntityModelReader(HibernateExport.class.getClassLoader(), List.of(entityPackage),
                Map.of(), "test classpath").entityClasses();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false");
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
