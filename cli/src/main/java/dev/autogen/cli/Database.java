package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;
import dev.autogen.runtime.SecretMask;
import dev.autogen.runtime.UrlDataSource;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.cli.embedded.BinarySources;
import dev.autogen.cli.embedded.DownloadProgress;
import dev.autogen.cli.embedded.PostgresBinaries;
import dev.autogen.runtime.deploy.CommandProgress;
import dev.autogen.runtime.deploy.ConnectionFactory;
import dev.autogen.runtime.deploy.Dialects;
import dev.autogen.runtime.deploy.ConnectionOptions;
import dev.autogen.runtime.deploy.Settings;
import dev.autogen.runtime.deploy.TerminalStyle;
import dev.autogen.runtime.history.DatabaseErrors;
import dev.autogen.runtime.progress.ProgressSink;
import dev.autogen.runtime.progress.ProgressTask;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** The database a command works on: the configured URL, or an embedded PostgreSQL kept in {@code .autogen/}. */
final class Database implements AutoCloseable {
    /** The folder, under the working directory, that holds the embedded database. */
    static final String EMBEDDED_DIR = ".autogen";
    private static final String SHADOW_DATABASE = "autogen_shadow";

    private final DataSource dataSource;
    private final SecretMask mask;
    private final EmbeddedPostgres embedded;
    private final String description;
    private final Path temporaryDirectory;
    private final boolean shadow;

    private Database(UrlDataSource dataSource, EmbeddedPostgres embedded, String description, Path temporaryDirectory) {
        this(dataSource, dataSource.mask(), embedded, description, temporaryDirectory, false);
    }

    private Database(DataSource dataSource, SecretMask mask, EmbeddedPostgres embedded, String description,
                     Path temporaryDirectory, boolean shadow) {
        this.shadow = shadow;
        this.dataSource = dataSource;
        this.mask = mask;
        this.embedded = embedded;
        this.description = description;
        this.temporaryDirectory = temporaryDirectory;
    }

    static Database open(ConnectionOptions options, Settings settings) {
        if (options.url() == null) {
            return embedded(settings.workingDirectory().resolve(EMBEDDED_DIR).resolve("pgdata"), binaries(settings));
        }
        ConnectionFactory connections = new ConnectionFactory(options, settings);
        return new Database(connections.connect(), null, connections.description(), null);
    }

    /**
     * A view of a database another object opened and closes, such as one schema of it in a run over
     * many ({@code check --each-schema}); closing the view leaves the database as it is.
     */
    static Database view(DataSource dataSource, String description, SecretMask mask) {
        return new Database(dataSource, mask, null, description, null, false);
    }

    /**
     * A throwaway embedded PostgreSQL in a temporary folder, deleted on close: the shadow database
     * that {@code --shadow} replays the migrations into.
     */
    static Database shadow(Settings settings) {
        return shadow(settings, CommandProgress.current());
    }

    /** As {@link #shadow(Settings)}, its start shown on {@code progress}. */
    private static Database shadow(Settings settings, ProgressSink progress) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("autogen-shadow-");
            return start(directory.resolve("pgdata"), true, binaries(settings),
                    "the shadow database (all migrations replayed into a throwaway embedded PostgreSQL)", directory,
                    progress.begin("creating the shadow database (a throwaway embedded PostgreSQL)"));
        } catch (AutogenException e) {
            deleteTree(directory);
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteTree(directory);
            throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, "The shadow database (an embedded PostgreSQL in a"
                    + " temporary folder) did not start: " + reason(e) + ". Check that the temporary folder is"
                    + " writable, or run without --shadow against a database.", e);
        }
    }

    /**
     * The drift check's shadow: an embedded PostgreSQL kept in {@code .autogen/shadow/}, which after
     * the first time is only started, not created, holding a fresh database for each replay. When
     * that one cannot start (another command uses it), a throwaway {@link #shadow(Settings)}. It starts in
     * the background while the command does its own work, so its start shows no progress.
     */
    static Database reusedShadow(Settings settings) {
        Path dataDirectory = settings.workingDirectory().resolve(EMBEDDED_DIR).resolve("shadow");
        EmbeddedPostgres postgres = null;
        try {
            Files.createDirectories(dataDirectory.getParent());
            postgres = EmbeddedPostgres.builder().setPgBinaryResolver(binaries(settings)).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false).start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SHADOW_DATABASE);
                statement.execute("CREATE DATABASE " + SHADOW_DATABASE);
            }
            UrlDataSource dataSource = new UrlDataSource(postgres.getJdbcUrl("postgres", SHADOW_DATABASE), "postgres", null);
            return new Database(dataSource, dataSource.mask(), postgres, "the shadow database (all migrations replayed"
                    + " into an embedded PostgreSQL in " + EMBEDDED_DIR + "/shadow/)", null, true);
        } catch (AutogenException e) {
            closeQuietly(postgres);
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(postgres);
            return shadow(settings, ProgressSink.silent());
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the throwaway shadow is used instead
            }
        }
    }

    private static Database embedded(Path dataDirectory, PostgresBinaries binaries) {
        try {
            Files.createDirectories(dataDirectory.getParent());
        } catch (IOException e) {
            throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, "Cannot create " + dataDirectory.getParent()
                    + " for the embedded PostgreSQL: " + FileErrors.reason(e, dataDirectory.getParent()) + ". Check"
                    + " that the user running autogen may write to the working directory, or set --url to use your"
                    + " own database.", e);
        }
        try {
            return start(dataDirectory, false, binaries, "the embedded PostgreSQL in " + EMBEDDED_DIR + "/", null,
                    CommandProgress.current().begin(startLabel(dataDirectory, "the embedded PostgreSQL in "
                            + EMBEDDED_DIR + "/")));
        } catch (AutogenException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, "The embedded PostgreSQL in " + dataDirectory
                    + " did not start: " + reason(e) + ". If another autogen command is running in this folder,"
                    + " wait for it to finish; otherwise delete that folder to start afresh, or set --url to use your"
                    + " own database.", e);
        }
    }

    /** Starts an embedded PostgreSQL, then ends the progress task that shows its start. */
    private static Database start(Path dataDirectory, boolean clean, PostgresBinaries binaries, String description,
                                  Path temporaryDirectory, ProgressTask starting) throws IOException {
        EmbeddedPostgres postgres;
        try (starting) {
            postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(binaries)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .start();
        }
        UrlDataSource dataSource = new UrlDataSource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
        return new Database(dataSource, dataSource.mask(), postgres, description, temporaryDirectory, clean);
    }

    /**
     * What starting an embedded PostgreSQL shows when it takes long: the first start in a folder runs
     * initdb, and the first on this machine also unpacks PostgreSQL.
     */
    private static String startLabel(Path dataDirectory, String what) {
        return Files.isDirectory(dataDirectory) ? "starting " + what
                : "creating " + what + " (first start in this folder)";
    }

    /**
     * The PostgreSQL binaries for this machine: the build in {@code autogen.jar}, or the platform's
     * from the local Maven repository, the cache or the configured repository.
     */
    private static PostgresBinaries binaries(Settings settings) {
        return new PostgresBinaries(BinarySources.from(settings, Path.of(System.getProperty("user.home")),
                new DownloadProgress(System.err, TerminalStyle.isTerminal())));
    }

    /** Whether this is a shadow database, into which the migrations are replayed. */
    boolean isShadow() {
        return shadow;
    }

    private static String reason(Exception e) {
        return e instanceof IOException io ? FileErrors.reason(io, null) : e.getMessage();
    }

    /**
     * Makes {@code schema} the current schema of this database's later sessions, creating it if need
     * be, with {@code public} after it on the search path: for the shadow, to replay migrations as
     * they ran on a database whose current schema that is.
     */
    void useCurrentSchema(String schema) {
        String quoted = PostgresIdentifiers.quote(schema);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + quoted);
            statement.execute("ALTER DATABASE " + PostgresIdentifiers.quote(connection.getCatalog())
                    + " SET search_path TO " + quoted + ", public");
        } catch (SQLException e) {
            throw DatabaseErrors.failed(e, "setting the current schema of " + description, mask());
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw dataSource instanceof UrlDataSource url ? DatabaseErrors.connectionFailed(e, url.url(), url.user(), mask,
                    Dialects.choose(null, url.url()).errors())
                    : DatabaseErrors.connectionFailed(e, description, null, mask);
        }
    }

    /** Hides the database's password in text for people. */
    SecretMask mask() {
        return mask;
    }

    /** What the database is, for messages: its URL with any password masked, or which embedded one. */
    String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, "The embedded PostgreSQL did not stop cleanly: "
                        + e.getMessage(), e);
            } finally {
                deleteTree(temporaryDirectory);
            }
        }
    }

    /** Deletes a temporary folder and what is left in it; a file that cannot be deleted is left behind. */
    private static void deleteTree(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            directory.toFile().deleteOnExit();
        }
    }
}
