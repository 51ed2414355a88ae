package dev.autogen.runtime.dialect;

import dev.autogen.runtime.history.HistoryLocation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * A dialect's SQL for autogen's history table: how the table is created, marked with its format,
 * upgraded in place with the optional columns, found in the catalog, and read and written. Every
 * {@code sqlName} is the table's name as SQL, already quoted by the dialect's {@link Identifiers}.
 * The statements that read and write rows are plain SQL by default; a dialect overrides those its
 * database spells otherwise.
 */
public interface HistorySql {
    /**
     * The statements, without trailing semicolons, that create the table with every column, optional
     * ones included, if it does not exist yet, and mark it with the comment.
     */
    List<String> createStatements(String sqlName, String comment);

    /** The statement, without a trailing semicolon, that sets the table's comment. */
    String commentStatement(String sqlName, String comment);

    /**
     * The statement, without a trailing semicolon, that adds every optional column a table made before
     * it lacks, and leaves those it has.
     */
    String addOptionalColumnsStatement(String sqlName);

    /** Whether a failed {@link #addOptionalColumnsStatement} failed only because the user may not alter the table. */
    boolean mayNotAlter(SQLException failure);

    /** What the catalog says about the table the name resolves to on the connection. */
    HistoryTableFacts inspect(Connection connection, String sqlName) throws SQLException;

    /** The table the name resolves to on the connection, as the catalog spells it: what the migration lock is keyed on. */
    HistoryLocation locate(Connection connection, String sqlName) throws SQLException;

    /**
     * Fails with {@link dev.autogen.runtime.ErrorCode#CONFIGURATION} when an unqualified name would
     * resolve nowhere, so that the table cannot be created.
     */
    void requireSchema(Connection connection, String sqlName) throws SQLException;

    /** The query of the given column expressions of every row, in the order the revisions were applied. */
    default String select(String sqlName, List<String> columns) {
        return "SELECT " + String.join(", ", columns) + " FROM " + sqlName + " ORDER BY applied_at, revision";
    }

    /** The insert of one row with a parameter for each column. */
    default String insert(String sqlName, List<String> columns) {
        return "INSERT INTO " + sqlName + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** The update that sets each column to a parameter on the rows of the condition. */
    default String update(String sqlName, List<String> columns, String condition) {
        return "UPDATE " + sqlName + " SET " + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                + " WHERE " + condition;
    }

    /** The delete of one revision's row, its id the parameter. */
    default String delete(String sqlName) {
        return "DELETE FROM " + sqlName + " WHERE revision = ?";
    }
}
