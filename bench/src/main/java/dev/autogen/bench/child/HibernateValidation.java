package dev.autogen.bench.child;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;

import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Hibernate's own schema validation as an application runs it: boot the {@code Metadata} against
 * the database, build the {@code SessionFactory}, then
 * {@code getSchemaManager().validateMappedObjects()}. Arguments: {@code CLASSES_DIR PACKAGE JDBC_URL}.
 */
public final class HibernateValidation {
    private HibernateValidation() {
    }

    /** Validates and reports each step. */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        URLClassLoader loader = EntityClasses.loader(classes);
        long started = System.nanoTime();
        StandardServiceRegistry registry = HibernateMetadata.registry(loader, HibernateMetadata.connected(args[2]));
        Metadata metadata = Metrics.time("metadata_boot", () -> HibernateMetadata.build(registry, loader, classes, args[1]));
        try (SessionFactory factory = Metrics.time("session_factory", metadata::buildSessionFactory)) {
            Metrics.time("validate_mapped_objects", () -> {
                factory.getSchemaManager().validateMappedObjects();
                return null;
            });
        }
        Metrics.report("total_in_process", Metrics.since(started));
    }
}
