package dev.autogen.cli;

import dev.autogen.database.DatabaseReader;
import dev.autogen.diff.DdlForm;
import dev.autogen.diff.LeftAloneEnumType;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.diff.Renames;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.UnmanagedIndex;
import dev.autogen.diff.UnmanagedView;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.BackgroundTask;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.schema.CurrentSchema;
import dev.autogen.schema.IndexFilter;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableFilter;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Compares the entity model with the database at head, for {@code revision} and {@code check}. */
final class SchemaComparison {
    private SchemaComparison() {
    }

    /** The parents a new revision gets: the single head, or none for the first revision. */
    static List<String> parentsForNewRevision(RevisionGraph graph) {
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw new AutogenException(ErrorCode.REVISION_GRAPH, "The revision graph has " + heads.size() + " heads: "
                    + String.join(", ", heads) + ". Run 'autogen merge -m \"merge\"' to join them first.");
        }
        return heads;
    }

    /**
     * The database to compare with: the configured one, or with {@code shadow} a throwaway embedded
     * PostgreSQL into which every migration has just been replayed.
     */
    static Database open(Project project, boolean shadow) {
        if (!shadow) {
            return project.openDatabase();
        }
        parentsForNewRevision(project.graph());
        Database database = project.scratchDatabases().shadow(project.settings());
        try {
            project.migrator(database).upgrade("heads");
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Starts reading the entity model on a second thread: Hibernate's boot is the larger part of a
     * comparison, and it needs neither the migrations nor the database, so it runs while this thread
     * opens the database, loads the migrations, checks the revision and reads the catalog. The table
     * filter is applied in {@link #plan}, once the session's current schema is known, and the
     * entity tables are named relative to it there.
     */
    static BackgroundTask<SchemaModel> readEntities(Project project) {
        return BackgroundTask.start("autogen-entity-model", project::entityModel);
    }

    /**
     * The plan that brings the database, which must be at head with no revision recorded as
     * incomplete, to the entity model being read, in the lock-safe forms.
     */
    static MigrationPlan plan(Project project, Database database, BackgroundTask<SchemaModel> entities,
                              Renames renames) {
        return compare(project, database, entities, renames, DdlForm.LOCK_SAFE).plan();
    }

    /**
     * Compares the entity model with the database, which must be at head with no revision recorded
     * as incomplete: the plan that brings it there, writing changes to existing tables in the given
     * form, and the database's schema as compared.
     */
    static Comparison compare(Project project, Database database, BackgroundTask<SchemaModel> entities,
                              Renames renames, DdlForm form) {
        RevisionGraph graph = project.graph();
        List<String> heads = parentsForNewRevision(graph);
        Migrator migrator = project.migrator(database);
        List<String> current = migrator.completeCurrent();
        if (!current.equals(heads)) {
            throw new AutogenException(ErrorCode.NOT_AT_HEAD, "The database (" + database.description() + ") is at "
                    + (current.isEmpty() ? "base" : String.join(", ", current)) + " but the migrations' head is "
                    + (heads.isEmpty() ? "base" : String.join(", ", heads))
                    + ". Run 'autogen upgrade' first, so that the new revision holds only the new changes.");
        }
        TreeSet<String> schemas = new TreeSet<>(project.schemas());
        DatabaseReader.Catalog catalog = readCatalog(project, database, schemas);
        TableFilter filter = project.tableFilter().inDefaultSchema(catalog.currentSchema());
        IndexFilter indexes = project.indexFilter().inDefaultSchema(catalog.currentSchema());
        SchemaModel target = indexes.apply(filter.apply(CurrentSchema.rebase(entities.join(), catalog.currentSchema())));
        TreeSet<String> modelSchemas = new TreeSet<>(schemas);
        modelSchemas.addAll(target.schemas());
        if (!modelSchemas.equals(schemas)) {
            catalog = readCatalog(project, database, modelSchemas);
        }
        SchemaModel live = indexes.apply(filter.apply(catalog.model()));
        UnmanagedIndex.LeftAlone leftAlone = UnmanagedIndex.leaveAlone(target, live,
                new CreatedByMigrations(project::indexesCreatedByMigrations));
        List<UnmanagedView> views = UnmanagedView.of(target, live,
                new CreatedByMigrations(project::viewsCreatedByMigrations));
        return new Comparison(SchemaDiff.compare(target, alignViews(project, database, target, leftAlone.current()),
                renames.inCurrentSchema(catalog.currentSchema()), form, UnmanagedView.names(views),
                project.dialect().comparisonRules(), project.dialect().columnChangeForm()),
                UnmanagedView.without(live, views), catalog.currentSchema(), List.copyOf(modelSchemas),
                leftAlone.unmanaged(), views, LeftAloneEnumType.of(target, live, project.dialect().comparisonRules()));
    }

    /**
     * The database's schema as the comparison read and filtered it, in the given schemas besides
     * the session's current one.
     */
    static SchemaModel schemaOf(Project project, Database database, List<String> schemas) {
        DatabaseReader.Catalog catalog = readCatalog(project, database, new TreeSet<>(schemas));
        return project.indexFilter().inDefaultSchema(catalog.currentSchema())
                .apply(project.tableFilter().inDefaultSchema(catalog.currentSchema()).apply(catalog.model()));
    }

    /** The database's views with those that are the entities' query given the entities' text (see {@link dev.autogen.database.ViewProbe}). */
    private static SchemaModel alignViews(Project project, Database database, SchemaModel target, SchemaModel current) {
        if (target.views().isEmpty() || current.views().isEmpty()) {
            return current;
        }
        try (Connection connection = database.connect()) {
            return project.dialect().catalogReader(List.of(), project.historyTable(), database.mask())
                    .alignViews(connection, target, current);
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "comparing the views of " + database.description(), database.mask());
        }
    }

    /**
     * Whether a migration created an object (an index, a view) of this name. The migrations' upgrades
     * are recorded only when the first object that the database has and the entities lack asks, then kept.
     */
    private static final class CreatedByMigrations implements Predicate<String> {
        private final Supplier<Set<String>> created;
        private Set<String> names;

        CreatedByMigrations(Supplier<Set<String>> created) {
            this.created = created;
        }

        @Override
        public boolean test(String name) {
            if (names == null) {
                names = created.get();
            }
            return names.contains(name);
        }
    }


    /**
     * What comparing the entities with a database gave.
     *
     * @param plan    the operations that bring the database to the entities
     * @param current       the database's schema, filtered as compared
     * @param currentSchema the session's current schema, where unqualified names are
     * @param schemas       the schemas read besides the session's current one
     * @param unmanaged     the indexes of the database left alone: neither dropped nor rebuilt
     * @param unmanagedViews the views of the database left alone, which {@code current} leaves out
     * @param leftAloneEnumTypes the enum types not dropped because objects outside the comparison use them
     */
    record Comparison(MigrationPlan plan, SchemaModel current, String currentSchema, List<String> schemas,
                      List<UnmanagedIndex> unmanaged, List<UnmanagedView> unmanagedViews,
                      List<LeftAloneEnumType> leftAloneEnumTypes) {
        /** A comparison that left no enum type alone. */
        Comparison(MigrationPlan plan, SchemaModel current, String currentSchema, List<String> schemas,
                   List<UnmanagedIndex> unmanaged, List<UnmanagedView> unmanagedViews) {
            this(plan, current, currentSchema, schemas, unmanaged, unmanagedViews, List.of());
        }

        /** A comparison that left no index alone. */
        Comparison(MigrationPlan plan, SchemaModel current, String currentSchema, List<String> schemas) {
            this(plan, current, currentSchema, schemas, List.of());
        }

        /** A comparison that left no view alone. */
        Comparison(MigrationPlan plan, SchemaModel current, String currentSchema, List<String> schemas,
                   List<UnmanagedIndex> unmanaged) {
            this(plan, current, currentSchema, schemas, unmanaged, List.of());
        }

        /** Prints one line for each index, view and enum type left alone. */
        void printUnmanaged(PrintWriter err) {
            unmanaged.forEach(index -> err.println("note: " + VisibleText.oneLine(index.describe())));
            unmanagedViews.forEach(view -> err.println("note: " + VisibleText.oneLine(view.describe())));
            leftAloneEnumTypes.forEach(type -> err.println("note: " + VisibleText.oneLine(type.describe())));
        }
    }

    private static DatabaseReader.Catalog readCatalog(Project project, Database database, TreeSet<String> schemas) {
        try (Connection connection = database.connect()) {
            return project.dialect().catalogReader(List.copyOf(schemas), project.historyTable(), database.mask())
                    .readCatalog(connection);
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "reading the catalog of " + database.description(), database.mask());
        }
    }

}
