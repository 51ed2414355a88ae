package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Migrator;

/**
 * Where the deploy-time commands get their migrations and database from: compiled classes and a
 * JDBC URL in production, migration sources and an embedded PostgreSQL in the {@code autogen}
 * command line.
 */
public interface DeployEnvironment {
    /** A migrator that never connects: for the revision graph and for SQL of a range. */
    Migrator offlineMigrator();

    /** Connects to the database. */
    Session open();

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
}
