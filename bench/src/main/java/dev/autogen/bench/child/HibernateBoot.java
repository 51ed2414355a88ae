package dev.autogen.bench.child;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Times Hibernate's {@code Metadata} boot alone, offline with autogen's settings: the share of
 * {@code revision} and {@code check} that belongs to Hibernate. Arguments: {@code CLASSES_DIR PACKAGE}.
 */
public final class HibernateBoot {
    private HibernateBoot() {
    }

    /** Boots and reports. */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        URLClassLoader loader = EntityClasses.loader(classes);
        Metadata metadata = Metrics.time("metadata_boot", () -> {
            StandardServiceRegistry registry = HibernateMetadata.registry(loader, HibernateMetadata.offline());
            return HibernateMetadata.build(registry, loader, classes, args[1]);
        });
        Metrics.report("entities", metadata.getEntityBindings().size());
        StandardServiceRegistryBuilder.destroy(metadata.getDatabase().getServiceRegistry());
    }
}
