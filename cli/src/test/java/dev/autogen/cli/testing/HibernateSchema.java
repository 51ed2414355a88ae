package dev.autogen.cli.testing;

import dev.autogen.entity.EntityModelReader;
import dev.autogen.runtime.testing.TestDatabase;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The independent oracle: the schema Hibernate itself creates for a model, exported into a fresh
 * database and read back as a {@link CatalogSnapshot}.
 */
public final class HibernateSchema {
    private HibernateSchema() {
    }

    private static final Map<String, String> SNAPSHOTS = new ConcurrentHashMap<>();
    private static TestDatabase scratch;

    /** The snapshot of what Hibernate creates for the entities of a package, computed once per package. */
    public static String snapshot(String entityPackage) throws SQLException {
        String snapshot = SNAPSHOTS.get(entityPackage);
        if (snapshot == null) {
            snapshot = export(entityPackage);
            SNAPSHOTS.put(entityPackage, snapshot);
        }
        return snapshot;
    }

    /** The export, with the schemas the entities name created as Hibernate's {@code create_namespaces} does. */
    private static synchronized String export(String entityPackage) throws SQLException {
        List<String> ddl = HibernateExport.creationCommands(entityPackage,
                Map.of("hibernate.dialect", EntityModelReader.DEFAULT_DIALECT));
        TestDatabase database = scratch();
        database.reset();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
            return CatalogSnapshot.of(connection);
        }
    }

    /**
     * Lets Hibernate itself manage a database's schema for the entities of a package, as an app with
     * {@code hibernate.hbm2ddl.auto} (Spring's {@code ddl-auto}) does at startup: {@code create} or
     * {@code update}.
     */
    public static void manage(String entityPackage, TestDatabase database, String action) {
        List<Class<?>> classes = new EntityModelReader(HibernateSchema.class.getClassLoader(), List.of(entityPackage),
                Map.of(), "test classpath").entityClasses();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("jakarta.persistence.jdbc.url", database.url())
                .applySetting("jakarta.persistence.jdbc.user", TestDatabase.USER)
                .applySetting("hibernate.hbm2ddl.auto", action)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** One fresh database for all exports, emptied before each and dropped when the JVM exits. */
    private static TestDatabase scratch() throws SQLException {
        if (scratch == null) {
            scratch = TestDatabase.create();
            TestDatabase created = scratch;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    created.close();
                } catch (SQLException e) {
                    System.err.println("could not drop test database " + created.name() + ": " + e.getMessage());
                }
            }));
        }
        return scratch;
    }
}
