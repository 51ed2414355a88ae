package dev.autogen.cli.testing;

import dev.autogen.runtime.testing.MariaDbTestDatabase;
import dev.autogen.runtime.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The test side of each dialect the end-to-end tests run on: how to get a fresh database on its local
 * server, and how to read a database's schema as a comparable text (the oracle side of "the schema equals
 * Hibernate's own export"). Its {@link #dialectName()} is the name autogen's {@code --dialect} takes.
 */
public enum ServerDialect {
    /** PostgreSQL 15 on 127.0.0.1:5432, read through {@code pg_catalog} by {@link CatalogSnapshot}. */
    POSTGRESQL("postgresql") {
        @Override
        public LiveDatabase create() throws SQLException {
            return LiveDatabase.of(TestDatabase.create());
        }

        @Override
        public String snapshot(Connection connection) throws SQLException {
            return CatalogSnapshot.of(connection);
        }
    },
    /** MariaDB 10.11 on 127.0.0.1:3306, read through {@code information_schema} by {@link MariaDbCatalogSnapshot}. */
    MARIADB("mariadb") {
        @Override
        public LiveDatabase create() throws SQLException {
            return LiveDatabase.of(MariaDbTestDatabase.create());
        }

        @Override
        public String snapshot(Connection connection) throws SQLException {
            return MariaDbCatalogSnapshot.of(connection);
        }
    };

    private final String dialectName;

    ServerDialect(String dialectName) {
        this.dialectName = dialectName;
    }

    /** The autogen dialect name: {@code postgresql}, {@code mariadb}. */
    public String dialectName() {
        return dialectName;
    }

    /** A new, empty database on this dialect's local server; the caller closes it. */
    public abstract LiveDatabase create() throws SQLException;

    /** The schema of the database the connection is connected to, as one comparable text. */
    public abstract String snapshot(Connection connection) throws SQLException;

    /** The dialect of this autogen name. */
    public static ServerDialect named(String name) {
        for (ServerDialect dialect : values()) {
            if (dialect.dialectName.equals(name)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("no test server for dialect " + name);
    }
}
