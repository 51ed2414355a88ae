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

    /** An open database with a migrator for it. */
    interface Session extends AutoCloseable {
        /** The migrator for this database. */
        Migrator migrator();

        /** The database, for messages, with any password masked. */
        String description();

        @Override
        void close();
    }
}
