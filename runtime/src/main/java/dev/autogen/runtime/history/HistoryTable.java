package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.ErrorClassifier;
import dev.autogen.runtime.dialect.PostgresErrors;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table that records applied revisions, one row each. It carries its format version in its
 * comment so that an older autogen refuses to write a table a newer one created. The columns
 * {@code verified_source}, {@code completed_statements} and {@code statements_checksum} are optional
 * within format 1: a table made before they existed gets them on the next upgrade, and an autogen that
 * does not know them leaves them empty. Without {@code verified_source} upgrades are only slower; the
 * other two record how far a stepped migration got, and without them no stepped migration runs.
 */
public final class HistoryTable {
    /** The default table name. */
    public static final String DEFAULT_NAME = "autogen_history";
    /** The format this version of autogen reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /**
     * The longest revision message the table stores, in characters (Unicode code points) as
     * PostgreSQL counts the length of a {@code varchar}.
     */
    public static final int DESCRIPTION_LENGTH = 2000;

    /** The length of a revision message as the {@code description} column counts it: in code points. */
    public static int descriptionLength(String message) {
        return message.codePointCount(0, message.length());
    }

    private static final Pattern FORMAT = Pattern.compile("autogen history format (\\d+)");
    private static final String VERIFIED_SOURCE = "verified_source";
    private static final String COMPLETED_STATEMENTS = "completed_statements";
    private static final String STATEMENTS_CHECKSUM = "statements_checksum";
    private static final String ADD_OPTIONAL_COLUMNS = " ADD COLUMN IF NOT EXISTS " + VERIFIED_SOURCE + " varchar(100),"
            + " ADD COLUMN IF NOT EXISTS " + COMPLETED_STATEMENTS + " integer,"
            + " ADD COLUMN IF NOT EXISTS " + STATEMENTS_CHECKSUM + " varchar(100)";
    private static final ErrorClassifier ERRORS = new PostgresErrors();
    private static final List<String> REQUIRED_COLUMNS = List.of("revision", "parents", "description", "checksum",
            "applied_by", "applied_at", "execution_ms", "success");
    private static final String HISTORY_COLUMNS = String.join(", ",
            REQUIRED_COLUMNS.stream().map(column -> "'" + column + "'").toList());
    private static final int HISTORY_COLUMN_COUNT = REQUIRED_COLUMNS.size();
    private static final Logger LOG = LoggerFactory.getLogger(HistoryTable.class);

    private final String name;
    private final String sqlName;
    private boolean hasVerifiedSource;
    private boolean hasProgress;

    /** The history table with the given, possibly schema-qualified, name. */
    public HistoryTable(String name) {
        if (name == null || name.isBlank()) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The history table's name is empty. Leave"
                    + " --history-table out to use " + DEFAULT_NAME + ", or give it a name.");
        }
        this.name = name;
        this.sqlName = PostgresIdentifiers.quoteQualified(name);
    }

    /** The table name. */
    public String name() {
        return name;
    }

    /** Creates the table if it does not exist yet, in the connection's current transaction. */
    public void ensureExists(Connection connection) throws SQLException {
        Layout layout = layout(connection);
        if (layout == null) {
            requireSchema(connection);
            try (Statement statement = connection.createStatement()) {
                for (String sql : createStatements()) {
                    statement.execute(sql);
                }
            }
            hasVerifiedSource = true;
            hasProgress = true;
        } else if (layout.hasVerifiedSource() && layout.hasProgress()) {
            hasVerifiedSource = true;
            hasProgress = true;
        } else {
            boolean added = addOptionalColumns(connection, layout);
            hasVerifiedSource = layout.hasVerifiedSource() || added;
            hasProgress = layout.hasProgress() || added;
        }
    }

    /** Whether the table can record how far a stepped migration got (it has the columns for it). */
    public boolean recordsProgress() {
        return hasProgress;
    }

    /** The statement, without a trailing semicolon, that adds the optional columns to a table made before them. */
    public String addOptionalColumnsStatement() {
        return "ALTER TABLE " + sqlName + ADD_OPTIONAL_COLUMNS;
    }

    /**
     * Adds the optional columns to a table made before they existed. A user who may write the table
     * but not alter it goes on without them, verifying every migration by rendering it, and cannot run
     * a stepped migration.
     */
    private boolean addOptionalColumns(Connection connection, Layout layout) throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute(addOptionalColumnsStatement());
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return true;
        } catch (SQLException e) {
            if (!ERRORS.is(e, ErrorClassifier.Kind.INSUFFICIENT_PRIVILEGE)) {
                throw e;
            }
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            if (!layout.hasVerifiedSource()) {
                LOG.warn("Cannot add the column {} to {} ({}); every upgrade renders each applied migration to verify"
                        + " it until its owner runs: {}", VERIFIED_SOURCE, name, e.getMessage(),
                        addOptionalColumnsStatement());
            }
            return false;
        }
    }

    /** Fails when the table's name resolves to no schema (no schema of the search path exists). */
    private void requireSchema(Connection connection) throws SQLException {
        if (!HistoryLocation.resolve(connection, sqlName).schema().isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('search_path')")) {
            row.next();
            throw noCurrentSchema(row.getString(1));
        }
    }

    /**
     * The error for a session whose search path names no schema that exists, so that unqualified
     * names, the history table's and the migrations' tables, resolve nowhere.
     */
    public static AutogenException noCurrentSchema(String searchPath) {
        return new AutogenException(ErrorCode.CONFIGURATION, "The database session has no current schema: no schema"
                + " named in its search_path (" + searchPath + ") exists, so unqualified tables, the history table"
                + " among them, would have nowhere to go. Create one of those schemas, or set the user's search_path"
                + " to one that exists (ALTER ROLE ... SET search_path = ...).");
    }

    /** The statements, without trailing semicolons, that create the table if it does not exist yet. */
    public List<String> createStatements() {
        return List.of("CREATE TABLE IF NOT EXISTS " + sqlName + " (\n"
                        + "    revision varchar(128) PRIMARY KEY,\n"
                        + "    parents varchar(2000) NOT NULL,\n"
                        + "    description varchar(" + DESCRIPTION_LENGTH + ") NOT NULL,\n"
                        + "    checksum varchar(100),\n"
                        + "    applied_by varchar(200) NOT NULL DEFAULT current_user,\n"
                        + "    applied_at timestamp with time zone NOT NULL DEFAULT now(),\n"
                        + "    execution_ms bigint NOT NULL,\n"
                        + "    success boolean NOT NULL,\n"
                        + "    " + VERIFIED_SOURCE + " varchar(100),\n"
                        + "    " + COMPLETED_STATEMENTS + " integer,\n"
                        + "    " + STATEMENTS_CHECKSUM + " varchar(100)\n"
                        + ")",
                commentStatement());
    }

    /** The statement, without a trailing semicolon, that marks the table as autogen's history of this format. */
    public String commentStatement() {
        return "COMMENT ON TABLE " + sqlName + " IS 'autogen history format " + FORMAT_VERSION + "'";
    }

    /**
     * Puts back the comment that marks the table as autogen's history when the table has autogen's
     * history columns but lost the comment, as {@code pg_dump --no-comments} does; returns whether it did.
     */
    public boolean restoreFormatComment(Connection connection) throws SQLException {
        Catalog catalog = catalog(connection);
        if (!catalog.exists() || catalog.formatVersion() != null || !catalog.hasHistoryColumns()) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(commentStatement());
        }
        LOG.info("Restored the comment of {}: {}", name, commentStatement());
        return true;
    }

    /** The table name as SQL, quoted where needed. */
    public String sqlName() {
        return sqlName;
    }

    /** The applied revisions in the order they were applied; empty when the table does not exist. */
    public List<HistoryEntry> read(Connection connection) throws SQLException {
        return select(connection, true);
    }

    /**
     * The applied revisions with what verifying them needs, read faster than {@link #read}: who
     * applied them, when and how long it took are left out ({@code null} and 0).
     */
    public List<HistoryEntry> readForVerification(Connection connection) throws SQLException {
        return select(connection, false);
    }

    private List<HistoryEntry> select(Connection connection, boolean whoAndWhen) throws SQLException {
        Layout layout = layout(connection);
        if (layout == null) {
            return List.of();
        }
        hasVerifiedSource = layout.hasVerifiedSource();
        hasProgress = layout.hasProgress();
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT revision, parents, description, checksum, success, "
                     + (hasVerifiedSource ? VERIFIED_SOURCE : "NULL")
                     + (hasProgress ? ", " + COMPLETED_STATEMENTS + ", " + STATEMENTS_CHECKSUM : ", NULL, NULL")
                     + (whoAndWhen ? ", applied_by, applied_at, execution_ms" : "")
                     + " FROM " + sqlName + " ORDER BY applied_at, revision")) {
            while (rows.next()) {
                String parents = rows.getString(2);
                int completed = rows.getInt(7);
                boolean noProgress = rows.wasNull();
                String statementsChecksum = rows.getString(8);
                StepProgress progress = noProgress || statementsChecksum == null ? null
                        : new StepProgress(completed, statementsChecksum);
                entries.add(new HistoryEntry(rows.getString(1),
                        parents.isEmpty() ? List.of() : Arrays.asList(parents.split(",")), rows.getString(3),
                        rows.getString(4), whoAndWhen ? rows.getString(9) : null,
                        whoAndWhen ? rows.getTimestamp(10).toInstant() : null, whoAndWhen ? rows.getLong(11) : 0,
                        rows.getBoolean(5), rows.getString(6), progress));
            }
        }
        return entries;
    }

    /**
     * Records a revision: applied, or incomplete while it runs outside a transaction, or under way
     * as a stepped migration with its progress.
     */
    public void insert(Connection connection, HistoryEntry entry) throws SQLException {
        if (entry.progress() != null && !hasProgress) {
            throw new AutogenException(ErrorCode.HISTORY_MISMATCH, "The history table " + name + " has no columns"
                    + " for the progress of a stepped migration (" + entry.revision() + " runs its lock-safe steps"
                    + " in commits of their own), and this database user may not add them. Nothing of "
                    + entry.revision() + " ran. Ask the table's owner to run: " + addOptionalColumnsStatement() + ";");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + sqlName
                + " (revision, parents, description, checksum, applied_at, execution_ms, success"
                + (hasVerifiedSource ? ", " + VERIFIED_SOURCE : "")
                + (entry.progress() != null ? ", " + COMPLETED_STATEMENTS + ", " + STATEMENTS_CHECKSUM : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?" + (hasVerifiedSource ? ", ?" : "")
                + (entry.progress() != null ? ", ?, ?" : "") + ")")) {
            insert.setString(1, entry.revision());
            insert.setString(2, String.join(",", entry.parents()));
            insert.setString(3, entry.description());
            insert.setString(4, entry.checksum());
            insert.setTimestamp(5, Timestamp.from(entry.appliedAt()));
            insert.setLong(6, entry.executionMs());
            insert.setBoolean(7, entry.success());
            int parameter = 8;
            if (hasVerifiedSource) {
                insert.setString(parameter++, entry.verifiedSource());
            }
            if (entry.progress() != null) {
                insert.setInt(parameter++, entry.progress().completedStatements());
                insert.setString(parameter, entry.progress().statementsChecksum());
            }
            insert.executeUpdate();
        }
    }

    /**
     * Replaces the recorded checksum of a revision, after the user accepted an edit, together with
     * its verified source ({@code null} when unknown).
     */
    public void updateChecksum(Connection connection, String revision, String checksum, String verifiedSource)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + sqlName + " SET checksum = ?"
                + (hasVerifiedSource ? ", " + VERIFIED_SOURCE + " = ?" : "") + " WHERE revision = ?")) {
            int parameter = 1;
            update.setString(parameter++, checksum);
            if (hasVerifiedSource) {
                update.setString(parameter++, verifiedSource);
            }
            update.setString(parameter, revision);
            update.executeUpdate();
        }
    }

    /**
     * Records, in one batch, the verified source of revisions whose checksum was just verified by
     * rendering them; does nothing on a table without the column.
     */
    public void recordVerifiedSources(Connection connection, Map<String, String> verifiedSources) throws SQLException {
        if (!hasVerifiedSource || verifiedSources.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + sqlName + " SET " + VERIFIED_SOURCE
                + " = ? WHERE revision = ?")) {
            for (Map.Entry<String, String> entry : verifiedSources.entrySet()) {
                update.setString(1, entry.getValue());
                update.setString(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Moves the progress of a stepped migration under way from {@code from} to {@code to} completed
     * statements; returns whether its row had the expected progress (and was changed).
     */
    public boolean advanceProgress(Connection connection, String revision, int from, int to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + sqlName + " SET "
                + COMPLETED_STATEMENTS + " = ? WHERE revision = ? AND NOT success AND " + COMPLETED_STATEMENTS + " = ?")) {
            update.setInt(1, to);
            update.setString(2, revision);
            update.setInt(3, from);
            return update.executeUpdate() == 1;
        }
    }

    /** Removes the record of a revision. */
    public void delete(Connection connection, String revision) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + sqlName + " WHERE revision = ?")) {
            delete.setString(1, revision);
            delete.executeUpdate();
        }
    }

    private record Layout(boolean hasVerifiedSource, boolean hasProgress) {
    }

    /** What the catalog says about the table; {@code formatVersion} is {@code null} when its comment carries none. */
    private record Catalog(boolean exists, Integer formatVersion, boolean hasVerifiedSource, boolean hasHistoryColumns,
                           boolean hasProgress) {
    }

    /**
     * The format version recorded in the table's comment and its optional columns, or {@code null}
     * when the table does not exist. Fails when the table was written by a newer autogen, and when
     * it has no format comment: another table of that name is not touched, and autogen's own table
     * that lost its comment is not taken for absent and replayed.
     */
    private Layout layout(Connection connection) throws SQLException {
        Catalog catalog = catalog(connection);
        if (!catalog.exists()) {
            return null;
        }
        if (catalog.formatVersion() == null && catalog.hasHistoryColumns()) {
            throw new AutogenException(ErrorCode.HISTORY_MISMATCH, "The table " + name + " has the columns of"
                    + " autogen's history but lost the comment that marks it as such (pg_dump --no-comments and some"
                    + " copy tools drop comments). Nothing was run, and its rows are kept. Restore the comment with"
                    + " 'autogen upgrade --repair', or run: " + commentStatement() + ";");
        }
        if (catalog.formatVersion() == null) {
            throw new AutogenException(ErrorCode.HISTORY_MISMATCH, "The table " + name
                    + " exists but was not created by autogen (its comment carries no format version)."
                    + " Choose another history table name or rename that table.");
        }
        int version = catalog.formatVersion();
        if (version > FORMAT_VERSION) {
            throw new AutogenException(ErrorCode.HISTORY_MISMATCH, "The history table " + name
                    + " was written by a newer autogen (format " + version + "; this version reads format "
                    + FORMAT_VERSION + "). Upgrade autogen before migrating this database.");
        }
        return new Layout(catalog.hasVerifiedSource(), catalog.hasProgress());
    }

    private Catalog catalog(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT c.oid IS NOT NULL, obj_description(c.oid, 'pg_class'), EXISTS (SELECT 1 FROM pg_attribute a"
                        + " WHERE a.attrelid = c.oid AND a.attname = '" + VERIFIED_SOURCE + "' AND NOT a.attisdropped),"
                        + " (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND NOT a.attisdropped"
                        + " AND a.attname IN (" + HISTORY_COLUMNS + ")) = " + HISTORY_COLUMN_COUNT + ","
                        + " (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND NOT a.attisdropped"
                        + " AND a.attname IN ('" + COMPLETED_STATEMENTS + "', '" + STATEMENTS_CHECKSUM + "')) = 2"
                        + " FROM (SELECT to_regclass(?) AS oid) c")) {
            query.setString(1, sqlName);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return new Catalog(false, null, false, false, false);
                }
                String comment = row.getString(2);
                Matcher matcher = comment == null ? null : FORMAT.matcher(comment);
                Integer version = matcher != null && matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
                return new Catalog(true, version, row.getBoolean(3), row.getBoolean(4), row.getBoolean(5));
            }
        }
    }
}
