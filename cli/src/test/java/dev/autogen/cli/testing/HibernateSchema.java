package dev.autogen.cli.testing;

import dev.autogen.dialect.DatabaseDialects;
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
import java.util.EnumMap;
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
    private static final Map<ServerDialect, LiveDatabase> SCRATCH = new EnumMap<>(ServerDialect.class);

    /** The snapshot of what Hibernate creates on PostgreSQL for the entities of a package, computed once per package. */
    public static String snapshot(String entityPackage) throws SQLException {
        return snapshot(entityPackage, ServerDialect.POSTGRESQL);
    }

    /**
     * The snapshot of what Hibernate's own dialect for {@code dialect} (as autogen chooses it, with its
     * defaults) creates for the entities of a package on that dialect's server, computed once per
     * package and dialect.
     */
    public static String snapshot(String entityPackage, ServerDialect dialect) throws SQLException {
        String key = dialect.dialectName() + " " + entityPackage;
        String snapshot = SNAPSHOTS.get(key);
        if (snapshot == null) {
            snapshot = export(entityPackage, dialect);
            SNAPSHOTS.put(key, snapshot);
        }
        return snapshot;
    }

    /** The export, with the schemas the entities name created as Hibernate's {@code create_namespaces} does. */
    private static synchronized String export(String entityPackage, ServerDialect dialect) throws SQLException {
        List<Class<?>> classes = new EntityModelReader(HibernateSchema.class.getClassLoader(), List.of(entityPackage),
                Map.of(), "test classpath").entityClasses();
        Map<String, String> settings = DatabaseDialects.hibernateSettings(DatabaseDialects.named(dialect.dialectName()),
                Map.of("hibernate.boot.allow_jdbc_metadata_access", "false"));
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder();
        settings.forEach(builder::applySetting);
        StandardServiceRegistry registry = builder.build();
        List<String> ddl;
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            ddl = new SchemaCreatorImpl(registry).generateCreationCommands(metadata, true);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
        LiveDatabase database = scratch(dialect);
        database.reset();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
            return dialect.snapshot(connection);
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

    /** One fresh database per dialect for all exports, emptied before each and dropped when the JVM exits. */
    private static LiveDatabase scratch(ServerDialect dialect) throws SQLException {
        LiveDatabase scratch = SCRATCH.get(dialect);
        if (scratch == null) {
            LiveDatabase created = dialect.create();
            SCRATCH.put(dialect, created);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    created.close();
                } catch (SQLException e) {
                    System.err.println("could not drop test database " + created.url() + ": " + e.getMessage());
                }
            }));
            scratch = created;
        }
        return scratch;
    }
}
