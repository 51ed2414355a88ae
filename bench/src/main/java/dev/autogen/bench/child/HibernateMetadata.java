package dev.autogen.bench.child;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.nio.file.Path;
import java.util.Map;

/** Builds Hibernate's boot {@code Metadata} for the generated entities, with the given settings. */
final class HibernateMetadata {
    private HibernateMetadata() {
    }

    /** The registry for a class loader and settings. */
    static StandardServiceRegistry registry(ClassLoader loader, Map<String, String> settings) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap);
        settings.forEach(builder::applySetting);
        return builder.build();
    }

    /** The metadata of every class of the package. */
    static Metadata build(StandardServiceRegistry registry, ClassLoader loader, Path classes, String packageName) {
        MetadataSources sources = new MetadataSources(registry);
        EntityClasses.load(loader, classes, packageName).forEach(sources::addAnnotatedClass);
        return sources.buildMetadata();
    }

    /** The settings of an application that connects: URL, user, and nothing created or dropped. */
    static Map<String, String> connected(String url) {
        return Map.of("hibernate.connection.url", url, "hibernate.connection.username", "postgres",
                "hibernate.hbm2ddl.auto", "none", "hibernate.connection.pool_size", "2");
    }

    /** The offline settings autogen uses: the PostgreSQL dialect and no JDBC metadata access. */
    static Map<String, String> offline() {
        return Map.of("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect",
                "hibernate.boot.allow_jdbc_metadata_access", "false",
                "hibernate.temp.use_jdbc_metadata_defaults", "false");
    }
}
