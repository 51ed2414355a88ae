package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.SqlDialects;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The dialect of the database a connection reaches: its JDBC URL as the driver reports it, else its
 * product name ({@code MariaDB}, {@code PostgreSQL}) read as a dialect name.
 */
final class DialectDetection {
    private DialectDetection() {
    }

    /** The database as the connection's metadata describes it; blank parts when the driver tells nothing. */
    record Database(String url, String product) {
        /** The dialect of this database, when one is registered for it. */
        Optional<SqlDialect> dialect() {
            Optional<SqlDialect> byUrl = SqlDialects.forUrl(url);
            if (byUrl.isPresent() || product == null || product.isBlank()) {
                return byUrl;
            }
            return SqlDialects.named(product);
        }

        /**
         * Whether the metadata said anything at all. A connection that cannot say (closed, or a driver
         * without metadata) is not refused here: its work fails with the connection's own error.
         */
        boolean identifiable() {
            return url != null || product != null;
        }

        /** {@code jdbc:h2:mem:x (H2)}: the URL and product for messages. */
        String describe() {
            return (url == null ? "(no JDBC URL)" : url) + " (" + (product == null ? "unknown product" : product) + ")";
        }
    }

    /** What the connection's metadata says of its database; nothing when the driver cannot say. */
    static Database of(Connection connection) {
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            if (metaData == null) {
                return new Database(null, null);
            }
            return new Database(metaData.getURL(), metaData.getDatabaseProductName());
        } catch (SQLException | RuntimeException unsupported) {
            return new Database(null, null);
        }
    }

    /** The dialect of the database as its metadata describes it; refuses one no registered dialect is for. */
    static SqlDialect detect(Database database) {
        return database.dialect().orElseThrow(() -> new AutogenException(ErrorCode.CONFIGURATION,
                "No dialect is registered for the database at " + database.describe() + "; autogen supports "
                        + SqlDialects.supportedNames() + ". Point the data source at one of those databases,"
                        + " or name the dialect with Migrator.configure().dialect(...)."));
    }

    /**
     * Refuses a dialect named explicitly when the connection's database is recognisably of another;
     * a database the metadata does not identify is taken at the user's word.
     */
    static void requireMatches(SqlDialect chosen, Connection connection) {
        Database database = of(connection);
        Optional<SqlDialect> actual = database.dialect();
        if (actual.isPresent() && !actual.get().name().equals(chosen.name())) {
            throw new AutogenException(ErrorCode.DIALECT_MISMATCH, "The migrator was given the " + chosen.name()
                    + " dialect, but the data source reaches a " + actual.get().name() + " database at "
                    + database.describe() + ": configure dialect(\"" + actual.get().name()
                    + "\"), or leave the dialect out to take it from the database.");
        }
    }
}
