package dev.autogen.cli;

import dev.autogen.cli.spring.SpringBootSettings;
import dev.autogen.dialect.DatabaseDialect;
import dev.autogen.dialect.DatabaseDialects;
import dev.autogen.diff.UnmanagedView;
import dev.autogen.entity.EntityModelReader;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.deploy.ClasspathEntries;
import dev.autogen.runtime.deploy.CommandProgress;
import dev.autogen.runtime.deploy.ConnectionFactory;
import dev.autogen.runtime.deploy.ConnectionOptions;
import dev.autogen.runtime.deploy.Settings;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.schema.IndexFilter;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableFilter;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** One command's view of the user's project: resolved paths, migrations, entities and database. */
final class Project {
    /** The dependency class path file of a Maven project that the default {@code --classpath} takes in. */
    static final String MAVEN_CLASSPATH_FILE = "target/classpath.txt";

    private final ConnectionOptions connection;
    private final GlobalOptions options;
    private final Settings settings;
    private List<ResolvedMigration> migrations;
    private RevisionGraph graph;
    private final List<String> notices = new CopyOnWriteArrayList<>();

    Project(ConnectionOptions connection, GlobalOptions options, Settings settings) {
        this.connection = connection;
        this.options = options;
        this.settings = settings;
    }

    GlobalOptions options() {
        return options;
    }

    Settings settings() {
        return settings;
    }

    Path resolve(String path) {
        return settings.workingDirectory().resolve(path).normalize();
    }

    /** The migrations folder; fails when it does not exist. */
    Path migrationsDir() {
        Path dir = resolve(options.migrationsDir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The migrations folder " + dir + " is a file, not a"
                    + " folder. Set --migrations-dir (migrations-dir in " + Settings.FILE_NAME + ") to the folder that"
                    + " holds your migrations, or move the file away and run 'autogen init'.");
        }
        if (!Files.isDirectory(dir)) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The migrations folder " + dir
                    + " does not exist. Run 'autogen init', or set --migrations-dir (migrations-dir in "
                    + Settings.FILE_NAME + ") to the folder that holds your migrations.");
        }
        return dir;
    }

    /** The migrations compiled from their sources, once per command. */
    List<ResolvedMigration> migrations() {
        if (migrations == null) {
            migrations = new MigrationCompiler(userClasspath()).compile(migrationsDir(), settings.workingDirectory());
        }
        return migrations;
    }

    /** The validated revision graph, built once per command. */
    RevisionGraph graph() {
        if (graph == null) {
            graph = RevisionGraph.of(migrations());
        }
        return graph;
    }

    /** A migrator over the database; over a shadow database its progress says it replays there. */
    Migrator migrator(Database database) {
        ProgressSink progress = database.isShadow() ? CommandProgress.current().labelled("shadow database: ")
                : CommandProgress.current();
        return new ConnectionFactory(connection, settings).migrator(database.dataSource(), this::migrations, progress);
    }

    /** A migrator over a data source derived from the project's database, such as one schema of it. */
    Migrator migrator(DataSource dataSource) {
        return new ConnectionFactory(connection, settings).migrator(dataSource, this::migrations);
    }

    /** A migrator for work that needs no database, such as SQL for a range of revisions. */
    Migrator offlineMigrator() {
        return new ConnectionFactory(connection, settings).offlineMigrator(this::migrations);
    }

    /**
     * The dialect {@code --dialect} names, else that of the configured database ({@code --url}), else
     * PostgreSQL, the embedded database's: it chooses the catalog reader, Hibernate's dialect, the naming
     * rules and the dialect the new migrations are generated for. Given both, they must agree.
     */
    DatabaseDialect dialect() {
        return DatabaseDialects.choose(connection.dialect(), connection.url());
    }

    /** The scratch databases of this project's dialect, for {@code --shadow} and the drift check. */
    ScratchDatabases scratchDatabases() {
        return ScratchDatabases.of(dialect());
    }

    /** Whether a database is configured ({@code --url}), rather than the embedded one in {@code .autogen/}. */
    boolean hasConfiguredDatabase() {
        return connection.url() != null;
    }

    /** A connection to {@code --url} for read-only statistics, or empty without one or when it does not answer. */
    Optional<Connection> statisticsConnection() {
        return new ConnectionFactory(connection, settings).statisticsConnection();
    }

    /**
     * The configured database, or the embedded PostgreSQL without {@code --url}; {@code --dialect} naming
     * another database without a {@code --url} of it is refused, as the embedded database cannot stand in.
     */
    Database openDatabase() {
        DatabaseDialect dialect = dialect();
        if (connection.url() == null && !dialect.name().equals(DatabaseDialects.defaultDialect().name())) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "--dialect " + dialect.name() + " needs a "
                    + dialect.name() + " database, but no --url is set and the embedded database is "
                    + DatabaseDialects.defaultDialect().name() + ". Set --url to the " + dialect.name()
                    + " database, or leave out --dialect; only the offline --sql of upgrade and downgrade needs none.");
        }
        return Database.open(connection, settings);
    }

    /** The schemas compared besides the session's current one. */
    List<String> schemas() {
        return options.schemas == null ? List.of() : split(options.schemas);
    }

    /** The history table's name, as {@code --history-table} gives it. */
    String historyTable() {
        return connection.historyTable();
    }

    /**
     * The tables that {@code --include-tables} and {@code --exclude-tables} leave in; the history
     * table is never compared, whatever {@code --history-table} names it.
     */
    TableFilter tableFilter() {
        List<String> excludes = new ArrayList<>(options.excludeTables == null ? List.of() : split(options.excludeTables));
        excludes.add(connection.historyTable());
        return TableFilter.of(options.includeTables == null ? List.of() : split(options.includeTables), excludes);
    }

    /** The indexes that {@code --exclude-indexes} leaves out of the comparison. */
    IndexFilter indexFilter() {
        return IndexFilter.excluding(options.excludeIndexes == null ? List.of() : split(options.excludeIndexes));
    }

    /**
     * The names of the indexes that the migrations create (in their upgrades, or rename to): autogen
     * manages those, and may drop them when the entities no longer declare them.
     */
    Set<String> indexesCreatedByMigrations() {
        return namesInUpgrades(upgrade -> upgrade.stream().map(operation -> operation instanceof CreateIndex create
                ? create.index().name() : operation instanceof RenameIndex rename ? rename.newName() : null)
                .filter(Objects::nonNull).toList());
    }

    /**
     * The names of the views that the migrations create or replace (in their upgrades, not counting
     * one restored after the same upgrade dropped it): autogen manages those, and drops them when no
     * entity maps them any more.
     */
    Set<String> viewsCreatedByMigrations() {
        return namesInUpgrades(UnmanagedView::createdBy);
    }

    /** The names that the given function finds in each migration's upgrade operations. */
    private Set<String> namesInUpgrades(Function<List<MigrationOperation>, Collection<String>> names) {
        Set<String> found = new HashSet<>();
        for (ResolvedMigration migration : migrations()) {
            found.addAll(names.apply(migration.upgradeOperations(migration.factory().get())));
        }
        return found;
    }

    /** Reads the entity model from the configured class path and packages. */
    SchemaModel entityModel() {
        if (options.entities == null || options.entities.isBlank()) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "No entity packages configured. Set --entities"
                    + " (entities=com.example.model in " + Settings.FILE_NAME + ") to the packages of your @Entity classes.");
        }
        List<URL> urls = new ArrayList<>();
        for (Path path : userClasspath()) {
            if (!Files.exists(path)) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The classpath entry " + path
                        + " does not exist. Compile the project first (e.g. 'mvn compile') or fix --classpath.");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "Invalid classpath entry " + path, e);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), Project.class.getClassLoader())) {
            DatabaseDialect dialect = dialect();
            Map<String, String> hibernateSettings = DatabaseDialects.hibernateSettings(dialect,
                    NamingStrategyClasses.resolve(settings.hibernateSettings(), loader, settings, options.classpath));
            EntityModelReader reader = new EntityModelReader(loader, split(options.entities), hibernateSettings,
                    classpathDescription()).withNotices(notices::add).withNamingRules(dialect.namingRules())
                    .withComparisonRules(dialect.comparisonRules());
            return (isSpringBoot() ? reader.withCreationColumnOrder() : reader).read();
        } catch (IOException e) {
            throw new AutogenException(ErrorCode.IO, "Cannot release the entity class path " + options.classpath
                    + ": " + e.getMessage(), e);
        }
    }

    /** What reading the entities had to tell the user, such as constraints left out of the schema. */
    List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * Whether the settings come partly from a Spring Boot project, whose schema autogen builds as
     * Spring Boot's own Hibernate creates it, columns in Hibernate's creation order included.
     */
    boolean isSpringBoot() {
        return settings.layer() instanceof SpringBootSettings;
    }

    /**
     * The entries of {@code --classpath}, each {@code @file} replaced by the entries it lists. With
     * the default {@code target/classes}, a Maven project's {@code target/classpath.txt} (written by
     * {@code mvn dependency:build-classpath -Dmdep.outputFile=target/classpath.txt}) is added when it
     * is newer than {@code pom.xml}.
     */
    List<Path> userClasspath() {
        List<Path> paths = new ArrayList<>(ClasspathEntries.of(options.classpath, settings.workingDirectory()));
        if (GlobalOptions.DEFAULT_CLASSPATH.equals(options.classpath.strip())) {
            Path listed = resolve(MAVEN_CLASSPATH_FILE);
            if (isNewerThanPom(listed)) {
                paths.addAll(ClasspathEntries.listedIn(listed, settings.workingDirectory()));
            }
        }
        return paths;
    }

    /** The class path for messages, saying whether {@code target/classpath.txt} was taken in. */
    private String classpathDescription() {
        Path listed = resolve(MAVEN_CLASSPATH_FILE);
        if (!GlobalOptions.DEFAULT_CLASSPATH.equals(options.classpath.strip()) || !Files.isRegularFile(listed)) {
            return options.classpath;
        }
        return isNewerThanPom(listed) ? options.classpath + " and the jars listed in " + MAVEN_CLASSPATH_FILE
                : options.classpath + " (" + MAVEN_CLASSPATH_FILE + " is older than pom.xml, so it was left out:"
                + " write it again with 'mvn -q dependency:build-classpath -Dmdep.outputFile=" + MAVEN_CLASSPATH_FILE
                + "')";
    }

    private boolean isNewerThanPom(Path listed) {
        Path pom = resolve("pom.xml");
        try {
            return Files.isRegularFile(listed) && (!Files.exists(pom)
                    || Files.getLastModifiedTime(listed).compareTo(Files.getLastModifiedTime(pom)) >= 0);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
