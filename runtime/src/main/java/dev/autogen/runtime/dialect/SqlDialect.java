package dev.autogen.runtime.dialect;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.List;

/** Renders operations as SQL statements for one database. */
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
