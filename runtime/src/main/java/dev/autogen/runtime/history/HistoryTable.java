package dev.autogen.runtime.history;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.HistorySql;
import dev.autogen.runtime.dialect.HistoryTableFacts;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.dialect.SqlDialects;
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
 * {@code verified_source}, {@code completed_statements}, {@code statements_checksum},
 * {@code dialect} and {@code completed_checksum} are optional within format 1: a table made before they existed gets them on the next upgrade, and an autogen that
 * does not know them leaves them empty. Without {@code verified_source} upgrades are only slower; the
 * next two record how far a stepped migration got, and without them no stepped migration runs;
 * {@code dialect} names the dialect that wrote each row, and rows of another dialect are refused;
 * {@code completed_checksum}, the checksum of the statements a stepped migration completed, lets a run
 * resume one whose remaining statements were changed since.
 * The SQL is the dialect's ({@link SqlDialect#history()}); this class decides what to run.
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
    private static final String DIALECT = "dialect";
    private static final String COMPLETED_CHECKSUM = "completed_checksum";
    private static final List<String> REQUIRED_COLUMNS = List.of("revision", "parents", "description", "checksum",
            "applied_by", "applied_at", "execution_ms", "success");
    private static final Logger LOG = LoggerFactory.getLogger(HistoryTable.class);

    private final String name;
    private final String sqlName;
    private final SqlDialect dialect;
    private final HistorySql sql;
    private boolean hasVerifiedSource;
    private boolean hasProgress;
    private boolean hasDialect;
    private boolean hasCompletedChecksum;

    /** The history table with the given, possibly schema-qualified, name, on the reference dialect, PostgreSQL. */
    public HistoryTable(String name) {
        this(name, SqlDialects.reference());
    }

    /** The history table with the given, possibly schema-qualified, name, in the SQL of the dialect. */
    public HistoryTable(String name, SqlDialect dialect) {
        if (name == null || name.isBlank()) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The history table's name is empty. Leave"
                    + " --history-table out to use " + DEFAULT_NAME + ", or give it a name.");
        }
        this.name = name;
        this.dialect = dialect;
        this.sql = dialect.history();
        this.sqlName = dialect.identifiers().quoteQualified(name);
    }

    /** The table name. */
    public String name() {
        return name;
    }

    /** Creates the table if it does not exist yet, in the connection's current transaction. */
    public void ensureExists(Connection connection) throws SQLException {
        Layout layout = layout(connection);
        if (layout == null) {
            sql.requireSchema(connection, sqlName);
            try (Statement statement = connection.createStatement()) {
                for (String sql : createStatements()) {
                    statement.execute(sql);
                }
            }
            hasVerifiedSource = true;
            hasProgress = true;
            hasDialect = true;
            hasCompletedChecksum = true;
        } else if (layout.hasVerifiedSource() && layout.hasProgress() && layout.hasDialect()
                && layout.hasCompletedChecksum()) {
            hasVerifiedSource = true;
            hasProgress = true;
            hasDialect = true;
            hasCompletedChecksum = true;
        } else {
            boolean added = addOptionalColumns(connection, layout);
            hasVerifiedSource = layout.hasVerifiedSource() || added;
            hasProgress = layout.hasProgress() || added;
            hasDialect = layout.hasDialect() || added;
            hasCompletedChecksum = layout.hasCompletedChecksum() || added;
        }
    }

    /** Whether the table can record how far a stepped migration got (it has the columns for it). */
    public boolean recordsProgress() {
        return hasProgress;
    }

    /** The statement, without a trailing semicolon, that adds the optional columns to a table made before them. */
    public String addOptionalColumnsStatement() {
        return sql.addOptionalColumnsStatement(sqlName);
    }

    /**
     * Adds the optional columns to a table made before they existed. A user who may write the table
     * but not alter it goes on without them, verifying every migration by rendering it, and cannot run
     * a stepped migration. A savepoint keeps a refused ALTER from aborting the transaction, where DDL is
     * transactional; elsewhere the ALTER commits on its own and a refused one aborts nothing.
     */
    private boolean addOptionalColumns(Connection connection, Layout layout) throws SQLException {
        Savepoint savepoint = connection.getAutoCommit() || !dialect.capabilities().transactionalDdl() ? null
                : connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute(addOptionalColumnsStatement());
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return true;
        } catch (SQLException e) {
            if (!sql.mayNotAlter(e)) {
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
        return sql.createStatements(sqlName, formatComment());
    }

    /** The statement, without a trailing semicolon, that marks the table as autogen's history of this format. */
    public String commentStatement() {
        return sql.commentStatement(sqlName, formatComment());
    }

    private static String formatComment() {
        return "autogen history format " + FORMAT_VERSION;
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
        hasDialect = layout.hasDialect();
        hasCompletedChecksum = layout.hasCompletedChecksum();
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql.select(sqlName, selected(whoAndWhen)))) {
            while (rows.next()) {
                String parents = rows.getString(2);
                int completed = rows.getInt(7);
                boolean noProgress = rows.wasNull();
                String statementsChecksum = rows.getString(8);
                StepProgress progress = noProgress || statementsChecksum == null ? null
                        : new StepProgress(completed, statementsChecksum, rows.getString(whoAndWhen ? 13 : 10));
                requireOwnDialect(rows.getString(1), rows.getString(9));
                entries.add(new HistoryEntry(rows.getString(1),
                        parents.isEmpty() ? List.of() : Arrays.asList(parents.split(",")), rows.getString(3),
                        rows.getString(4), whoAndWhen ? rows.getString(10) : null,
                        whoAndWhen ? rows.getTimestamp(11).toInstant() : null, whoAndWhen ? rows.getLong(12) : 0,
                        rows.getBoolean(5), rows.getString(6), progress));
            }
        }
        return entries;
    }

    private List<String> selected(boolean whoAndWhen) {
        List<String> columns = new ArrayList<>(List.of("revision", "parents", "description", "checksum", "success",
                hasVerifiedSource ? VERIFIED_SOURCE : "NULL"));
        columns.addAll(hasProgress ? List.of(COMPLETED_STATEMENTS, STATEMENTS_CHECKSUM) : List.of("NULL", "NULL"));
        columns.add(hasDialect ? DIALECT : "NULL");
        if (whoAndWhen) {
            columns.addAll(List.of("applied_by", "applied_at", "execution_ms"));
        }
        columns.add(hasCompletedChecksum ? COMPLETED_CHECKSUM : "NULL");
        return columns;
    }

    /**
     * Refuses a row another dialect wrote: its migrations were generated for another database. A row
     * without a dialect was written before autogen recorded it, or by an offline script, and passes.
     */
    private void requireOwnDialect(String revision, String writtenBy) {
        if (writtenBy == null || writtenBy.equals(dialect.name())) {
            return;
        }
        throw new AutogenException(ErrorCode.DIALECT_MISMATCH, "The history table " + name + " records revision "
                + revision + " as applied by the " + writtenBy + " dialect, but this run uses the " + dialect.name()
                + " dialect. Migrations are generated for one database and its history is kept in its SQL; nothing"
                + " was run. Run autogen with the " + writtenBy + " dialect (its --url, or --dialect " + writtenBy
                + "), or give this database its own --history-table.");
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
        List<String> columns = new ArrayList<>(List.of("revision", "parents", "description", "checksum", "applied_at",
                "execution_ms", "success"));
        if (hasVerifiedSource) {
            columns.add(VERIFIED_SOURCE);
        }
        if (entry.progress() != null) {
            columns.addAll(List.of(COMPLETED_STATEMENTS, STATEMENTS_CHECKSUM));
        }
        boolean completedChecksum = entry.progress() != null && hasCompletedChecksum;
        if (completedChecksum) {
            columns.add(COMPLETED_CHECKSUM);
        }
        if (hasDialect) {
            columns.add(DIALECT);
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.insert(sqlName, columns))) {
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
                insert.setString(parameter++, entry.progress().statementsChecksum());
            }
            if (completedChecksum) {
                insert.setString(parameter++, entry.progress().completedChecksum());
            }
            if (hasDialect) {
                insert.setString(parameter, dialect.name());
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
        List<String> columns = hasVerifiedSource ? List.of("checksum", VERIFIED_SOURCE) : List.of("checksum");
        try (PreparedStatement update = connection.prepareStatement(sql.update(sqlName, columns, "revision = ?"))) {
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
        try (PreparedStatement update = connection.prepareStatement(sql.update(sqlName, List.of(VERIFIED_SOURCE),
                "revision = ?"))) {
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
        return advanceProgress(connection, revision, from, to, null);
    }

    /**
     * As {@link #advanceProgress(Connection, String, int, int)}, recording with it the checksum of the
     * first {@code to} statements where the table has the column for it.
     */
    public boolean advanceProgress(Connection connection, String revision, int from, int to, String completedChecksum)
            throws SQLException {
        boolean withChecksum = hasCompletedChecksum && completedChecksum != null;
        List<String> columns = withChecksum ? List.of(COMPLETED_STATEMENTS, COMPLETED_CHECKSUM)
                : List.of(COMPLETED_STATEMENTS);
        try (PreparedStatement update = connection.prepareStatement(sql.update(sqlName, columns,
                "revision = ? AND NOT success AND " + COMPLETED_STATEMENTS + " = ?"))) {
            int parameter = 1;
            update.setInt(parameter++, to);
            if (withChecksum) {
                update.setString(parameter++, completedChecksum);
            }
            update.setString(parameter++, revision);
            update.setInt(parameter, from);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Records the checksum of all the statements of a stepped migration under way, after its statements
     * past those completed changed and it resumes with the new ones.
     */
    public void updateStatementsChecksum(Connection connection, String revision, String statementsChecksum)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql.update(sqlName, List.of(STATEMENTS_CHECKSUM),
                "revision = ? AND NOT success"))) {
            update.setString(1, statementsChecksum);
            update.setString(2, revision);
            update.executeUpdate();
        }
    }

    /** Removes the record of a revision. */
    public void delete(Connection connection, String revision) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql.delete(sqlName))) {
            delete.setString(1, revision);
            delete.executeUpdate();
        }
    }

    private record Layout(boolean hasVerifiedSource, boolean hasProgress, boolean hasDialect,
                          boolean hasCompletedChecksum) {
    }

    /** What the catalog says about the table; {@code formatVersion} is {@code null} when its comment carries none. */
    private record Catalog(boolean exists, Integer formatVersion, boolean hasVerifiedSource, boolean hasHistoryColumns,
                           boolean hasProgress, boolean hasDialect, boolean hasCompletedChecksum) {
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
        return new Layout(catalog.hasVerifiedSource(), catalog.hasProgress(), catalog.hasDialect(),
                catalog.hasCompletedChecksum());
    }

    private Catalog catalog(Connection connection) throws SQLException {
        HistoryTableFacts facts = sql.inspect(connection, sqlName);
        if (!facts.exists()) {
            return new Catalog(false, null, false, false, false, false, false);
        }
        Matcher matcher = facts.comment() == null ? null : FORMAT.matcher(facts.comment());
        Integer version = matcher != null && matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
        return new Catalog(true, version, facts.columns().contains(VERIFIED_SOURCE),
                facts.columns().containsAll(REQUIRED_COLUMNS),
                facts.columns().containsAll(List.of(COMPLETED_STATEMENTS, STATEMENTS_CHECKSUM)),
                facts.columns().contains(DIALECT), facts.columns().contains(COMPLETED_CHECKSUM));
    }
}
