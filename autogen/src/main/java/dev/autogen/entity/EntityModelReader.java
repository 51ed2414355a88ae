package dev.autogen.entity;

import dev.autogen.diff.ComparisonRules;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.schema.SchemaModel;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads the schema that Hibernate would create for the entities of some packages, without a
 * database connection.
 */
public final class EntityModelReader {
    /** The dialect used unless {@code hibernate.dialect} is configured. */
    public static final String DEFAULT_DIALECT = "org.hibernate.dialect.PostgreSQLDialect";

    private final ClassLoader classLoader;
    private final List<String> packages;
    private final Map<String, String> hibernateSettings;
    private final String classpathDescription;
    private final boolean creationColumnOrder;
    private final Consumer<String> notices;
    private final NamingRules naming;
    private final ComparisonRules rules;

    /**
     * A reader for the given packages.
     *
     * @param classLoader          loads the entity classes
     * @param packages             the packages to scan, sub-packages included
     * @param hibernateSettings    extra Hibernate settings, such as naming strategies
     * @param classpathDescription the class path as the user gave it, for error messages
     */
    public EntityModelReader(ClassLoader classLoader, List<String> packages, Map<String, String> hibernateSettings,
                             String classpathDescription) {
        this.classLoader = classLoader;
        this.packages = List.copyOf(packages);
        this.hibernateSettings = new TreeMap<>(hibernateSettings);
        this.classpathDescription = classpathDescription;
        this.creationColumnOrder = false;
        this.notices = notice -> { };
        this.naming = NamingRules.postgres();
        this.rules = ComparisonRules.postgres();
    }

    private EntityModelReader(EntityModelReader reader, boolean creationColumnOrder, Consumer<String> notices,
                              NamingRules naming, ComparisonRules rules) {
        this.classLoader = reader.classLoader;
        this.packages = reader.packages;
        this.hibernateSettings = reader.hibernateSettings;
        this.classpathDescription = reader.classpathDescription;
        this.creationColumnOrder = creationColumnOrder;
        this.notices = notices;
        this.naming = naming;
        this.rules = rules;
    }

    /**
     * This reader, telling {@code sink} what the user may want to know about how the model was read,
     * such as Bean Validation constraints left out for want of a provider.
     */
    public EntityModelReader withNotices(Consumer<String> sink) {
        return new EntityModelReader(this, creationColumnOrder, sink, naming, rules);
    }

    /**
     * This reader, ordering the columns of tables, primary keys and foreign keys as Hibernate does
     * when it creates a schema itself ({@code hbm2ddl} or Spring Boot's {@code ddl-auto=create}) with
     * its column ordering strategy, rather than in the mapping's order.
     */
    public EntityModelReader withCreationColumnOrder() {
        return new EntityModelReader(this, true, notices, naming, rules);
    }

    /**
     * This reader, storing names as the given database's rules do rather than PostgreSQL's, which a
     * reader follows unless told otherwise.
     */
    public EntityModelReader withNamingRules(NamingRules rules) {
        return new EntityModelReader(this, creationColumnOrder, notices, rules, this.rules);
    }

    /**
     * This reader, reading SQL expressions (which columns a check refers to, for the name the database
     * gives it) as the given database's rules do rather than PostgreSQL's, which a reader follows unless
     * told otherwise.
     */
    public EntityModelReader withComparisonRules(ComparisonRules rules) {
        return new EntityModelReader(this, creationColumnOrder, notices, naming, rules);
    }

    /** The entity classes found, in name order. */
    public List<Class<?>> entityClasses() {
        return EntityScanner.scan(classLoader, packages, classpathDescription);
    }

    /** Builds Hibernate's metadata and translates it into the neutral model. */
    public SchemaModel read() {
        List<Class<?>> classes = entityClasses();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(classLoader);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting("hibernate.dialect", DEFAULT_DIALECT)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("hibernate.temp.use_jdbc_metadata_defaults", "false");
        hibernateSettings.forEach(builder::applySetting);
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            BeanValidationDdl.apply(metadata, registry, classLoader, classpathDescription).ifPresent(notices);
            if (creationColumnOrder) {
                ((MetadataImplementor) metadata).orderColumns(true);
            }
            return new MetadataTranslator(metadata, naming, rules).translate();
        } catch (AutogenException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw MissingClasses.nameOf(e)
                    .map(missing -> MissingClasses.error(missing, classes, classpathDescription, e))
                    .orElseGet(() -> new AutogenException(ErrorCode.ENTITY_MODEL, "Hibernate rejected the entity"
                            + " mapping in " + String.join(", ", packages) + ": " + rootMessage(e)
                            + ". Fix the mapping and compile again.", e));
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            message.append(": ").append(cause.getMessage());
        }
        return message.toString();
    }
}
