package dev.autogen.cli.testing;

import dev.autogen.entity.EntityModelReader;
import dev.autogen.runtime.testing.TestDatabase;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The independent oracle: the schema Hibernate itself creates for a model, exported into a fresh
 * database and read back as a {@link CatalogSnapshot}.
 */
public final class HibernateSchema {
    private HibernateSchema() {
    }

    /** The snapshot of what Hibernate creates for the entities of a package. */
    public static String snapshot(String entityPackage) throws SQLException {
        List<Class<?>> classes = new EntityModelReader(HibernateSchema.class.getClassLoader(), List.of(entityPackage),
                Map.of(), "test classpath").entityClasses();
        try (TestDatabase database = TestDatabase.create()) {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                    .applySetting("hibernate.dialect", EntityModelReader.DEFAULT_DIALECT)
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    .build();
            List<String> ddl;
            try {
                MetadataSources sources = new MetadataSources(registry);
                classes.forEach(sources::addAnnotatedClass);
                Metadata metadata = sources.buildMetadata();
                ddl = new SchemaCreatorImpl(registry).generateCreationCommands(metadata, false);
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                for (String sql : ddl) {
                    statement.execute(sql);
                }
                return CatalogSnapshot.of(connection);
            }
        }
    }
}
