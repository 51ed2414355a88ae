package dev.autogen.database;

import dev.autogen.schema.SchemaModel;

import dev.autogen.runtime.ops.MigrationOperation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/**
 * Reads one database's catalog into the neutral schema model, counts rows and probes views: what
 * the commands and the build plugins ask of a database, whichever it is.
 */
public interface CatalogReader {

    /** Reads the schema model and the session's current schema it is relative to, in one go. */
    DatabaseReader.Catalog readCatalog(Connection connection);

    /** Reads the schema model. */
    default SchemaModel read(Connection connection) {
        return readCatalog(connection).model();
    }

    /** Counts the rows of some tables, at most {@link RowCounts#MAX_TABLES} of them. */
    Map<String, Long> rowCounts(Connection connection, Collection<String> tables) throws SQLException;

    /** Counts the rows of some tables, all and those matching each condition. */
    Map<String, RowCounts.TableRows> rowsMatching(Connection connection,
                                                  Map<String, ? extends Collection<String>> conditions)
            throws SQLException;

    /**
     * The target model with its views aligned to how this database would store them, by probing them on
     * the connection; see {@link ViewProbe#align}.
     */
    SchemaModel alignViews(Connection connection, SchemaModel target, SchemaModel current);

    /**
     * The rows of its table an operation touches, as a condition in this database's SQL for
     * {@link #rowsMatching} on the table before the upgrade (the rows whose column is {@code NULL} for a
     * column that becomes {@code NOT NULL}, for instance); {@code null} when it touches every row.
     */
    String affectedRows(MigrationOperation operation);
}
