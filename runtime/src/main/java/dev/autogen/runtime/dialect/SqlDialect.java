package dev.autogen.runtime.dialect;

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

    /** The dialect's name, as users spell it in {@code --dialect}. */
    String name();
}
