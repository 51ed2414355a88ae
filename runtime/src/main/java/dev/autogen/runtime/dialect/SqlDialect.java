package dev.autogen.runtime.dialect;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.history.HistoryLocation;
import dev.autogen.runtime.ops.MigrationOperation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One database as the runtime sees it: renders operations as SQL statements, and owns the identifier
 * rules, the capabilities, the history table's SQL and the migration lock. Code outside a dialect asks
 * it and never tests which database it is.
 */
public interface SqlDialect {
    /** The statements, without trailing semicolons, that carry out the operation in order. */
    List<String> toSql(MigrationOperation operation);

    /**
     * The statements of {@link #toSql}, each with how the runtime must run it. By default every
     * statement runs in the migration's transaction; a dialect overrides this for operations whose
     * lock-safe form needs commits between its steps or a statement outside a transaction block.
     */
    default List<PlannedStatement> plan(MigrationOperation operation) {
        return toSql(operation).stream().map(PlannedStatement::inTransaction).toList();
    }

    /** What this dialect's statements lock on a live database, for the review output of {@code revision}, {@code show} and {@code lint}. */
    LockAnalysis lockAnalysis();

    /**
     * How this database bounds a migration's lock waits and names the sessions it waits for. By
     * default it cannot, and migrations wait as long as the server lets them.
     */
    default LockWaits lockWaits() {
        return LockWaits.unsupported();
    }

    /*
     * The runtime seam: what a dialect that migrates a database (not only renders SQL) must give. Each
     * default fails loudly, so that a dialect that lacks one is never taken for PostgreSQL.
     */

    /** What this database can do: transactional DDL, sequences, schemas, renaming constraints. */
    default DialectCapabilities capabilities() {
        throw lacks("capabilities()");
    }

    /** How this database quotes, qualifies, folds and limits names. */
    default Identifiers identifiers() {
        throw lacks("identifiers()");
    }

    /** The SQL of autogen's history table on this database. */
    default HistorySql history() {
        throw lacks("history()");
    }

    /**
     * The locks that serialize deploys on the history table at {@code location} (as
     * {@link HistorySql#locate} resolved it), configured as {@code tableName} for messages, waited for
     * at most {@code timeout}.
     */
    default MigrationLock migrationLock(HistoryLocation location, String tableName, Duration timeout) {
        throw lacks("migrationLock(...)");
    }

    /**
     * The names among {@code sqlNames} of tables, sequences and indexes that exist now, for the check
     * that a pending migration does not create what the database has already. The names are written
     * as {@link PostgresIdentifiers#quoteQualified} writes the operation records' names ({@code schema.name},
     * an index named within its table's schema); an unqualified one is looked up where its creation puts it.
     */
    default Set<String> existingObjects(Connection connection, List<String> sqlNames) throws SQLException {
        throw lacks("existingObjects(...)");
    }

    /*
     * The registry (SqlDialects): how users name the dialect and which URLs are for it.
     */

    /** Other names users may give in {@code --dialect} for this dialect, in lower case. */
    default List<String> aliases() {
        return List.of();
    }

    /**
     * The lower-case JDBC URL prefixes of this database's drivers, such as {@code jdbc:postgresql:}; a
     * URL with one of them, or wrapped by a proxy driver ({@code jdbc:p6spy:postgresql:}), is this
     * dialect's. By default none: the dialect is chosen only by name.
     */
    default List<String> jdbcUrlPrefixes() {
        return List.of();
    }

    /**
     * Fails with {@link ErrorCode#CONFIGURATION} when a URL of this dialect is written in a form its
     * driver misreads; by default every URL it accepts passes.
     */
    default void requireUsableUrl(String url) {
    }

    private AutogenException lacks(String method) {
        return new AutogenException(ErrorCode.INTERNAL, "The " + name() + " dialect renders SQL but does not give "
                + method + ", which migrating a database needs; this is a bug in autogen: please report it.");
    }

    /**
     * The statement that makes a session resolve unqualified names in the schema, and only there:
     * how {@code --each-schema} points one tenant's migrations, history table and lock at its schema.
     * By default the dialect cannot, and says so.
     */
    default String useSchema(String schema) {
        throw new AutogenException(ErrorCode.CONFIGURATION, "The " + name() + " dialect cannot point a session at one"
                + " schema; run the command once per schema or database instead of with --each-schema.");
    }

    /** The statement that undoes {@link #useSchema}, giving the session its default resolution back. */
    default String resetSchema() {
        throw new AutogenException(ErrorCode.CONFIGURATION, "The " + name() + " dialect cannot point a session at one"
                + " schema.");
    }

    /** The dialect's name, as users spell it in {@code --dialect}. */
    String name();

    /**
     * What this database's errors mean to the runtime, and the advice for them. By default the SQL
     * standard's state classes only ({@link ErrorClassifier#standard()}); a dialect overrides this with
     * its own codes.
     */
    default ErrorClassifier errors() {
        return ErrorClassifier.standard();
    }

    /**
     * How this database's offline scripts ({@code upgrade --sql}) are spelled. By default the SQL
     * standard's, which a dialect overrides to name its client and write its escape strings.
     */
    default ScriptFormat scriptFormat() {
        return new ScriptFormat() {
        };
    }

    /**
     * What the runtime does to a session it borrows and how it gives it back. By default nothing: no
     * connection properties, no change to preparing, and no settings captured to restore.
     */
    default SessionControl sessionControl() {
        return new SessionControl() {
        };
    }
}
