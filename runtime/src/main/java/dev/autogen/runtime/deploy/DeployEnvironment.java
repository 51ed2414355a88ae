package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Migrator;
import dev.autogen.runtime.load.ResolvedMigration;

import dev.autogen.runtime.dialect.SqlDialects;
import dev.autogen.runtime.dialect.SqlDialect;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the deploy-time commands get their migrations and database from: compiled classes and a
 * JDBC URL in production, migration sources and an embedded PostgreSQL in the {@code autogen}
 * command line.
 */
public interface DeployEnvironment {
    /** A migrator that never connects: for the revision graph and for SQL of a range. */
    Migrator offlineMigrator();

    /**
     * A connection to the configured database for read-only statistics (live row counts in the review
     * output of {@code show} and {@code lint}); empty when none is configured or it cannot be reached.
     */
    default Optional<Connection> statisticsConnection() {
        return Optional.empty();
    }

    /**
     * The source text of a migration, for the {@code // REVIEW:} notes {@code lint} looks for; empty
     * when the migration is known only as a compiled class.
     */
    default Optional<String> sourceOf(ResolvedMigration migration) {
        return Optional.empty();
    }

    /** Connects to the database. */
    Session open();

    /**
     * Opens the database for a run over many schemas or databases ({@code --each-schema},
     * {@code --each-url}); a host that cannot do that says so.
     */
    default FleetSession openFleet() {
        throw new AutogenException(ErrorCode.CONFIGURATION,
                "--each-schema and --each-url are not supported here; run the command once per schema or database.");
    }

    /**
     * An open database with a migrator for it.
     *
     * @param migrator    the migrator for this database
     * @param description the database, for messages, with any password masked
     * @param closer      releases the database, e.g. stops an embedded server
     */
    record Session(Migrator migrator, String description, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }

    /**
     * An open database for a run over many schemas or databases.
     *
     * @param dataSource       the configured database
     * @param migrators        a migrator over a data source derived from it (one schema, or another URL)
     * @param description      the database, for messages, with any password masked
     * @param workingDirectory where relative paths, such as the {@code --each-url} file, resolve
     * @param closer           releases the database
     * @param dialect          the dialect of its SQL, which sets each schema as the session's current one
     */
    record FleetSession(DataSource dataSource, Function<DataSource, Migrator> migrators, String description,
                        Path workingDirectory, Runnable closer, SqlDialect dialect) implements AutoCloseable {
        /** A session on a database of the reference dialect, PostgreSQL. */
        public FleetSession(DataSource dataSource, Function<DataSource, Migrator> migrators, String description,
                            Path workingDirectory, Runnable closer) {
            this(dataSource, migrators, description, workingDirectory, closer, SqlDialects.reference());
        }

        @Override
        public void close() {
            closer.run();
        }
    }
}
