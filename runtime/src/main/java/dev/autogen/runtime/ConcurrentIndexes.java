package dev.autogen.runtime;

import dev.autogen.runtime.dialect.CatalogProbe.IndexState;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.ops.AddPrimaryKeyUsingIndex;
import dev.autogen.runtime.ops.AddUniqueUsingIndex;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.MigrationOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a statement that builds or drops an index concurrently safe to run again. A failed
 * {@code CREATE INDEX CONCURRENTLY} leaves an INVALID index behind, which is dropped (concurrently)
 * before the build; a run that crashed after a build or a drop completed but before its progress was
 * recorded left the work done, so resuming there keeps the VALID index, or the index already gone,
 * and skips the statement.
 */
final class ConcurrentIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentIndexes.class);

    /**
     * An index a statement builds or drops concurrently.
     *
     * @param table the table, as the operations name it
     * @param name  the index
     * @param build whether the statement builds it (or drops it)
     */
    private record Target(String table, String name, boolean build) {
    }

    private final SqlDialect dialect;

    ConcurrentIndexes(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Prepares the statement and says whether it must still run: drops an INVALID leftover of the index
     * it builds; when {@code resuming} (the statement is the first of a run that resumes), skips a build
     * whose index is VALID already and a drop whose index is gone already.
     */
    boolean prepare(Connection connection, SteppedPlan.Step step, boolean resuming, String revision)
            throws SQLException {
        Target target = target(step);
        if (target == null) {
            return true;
        }
        IndexState state = dialect.catalogProbe().indexState(connection, target.table(), target.name());
        if (target.build() && state == IndexState.INVALID) {
            String drop = dialect.toSql(new DropIndex(target.table(), target.name(), null, true)).get(0);
            LOG.warn("{}: dropping the INVALID index {} that a failed run left, before building it again: {}",
                    revision, target.name(), drop);
            try (Statement statement = connection.createStatement()) {
                statement.execute(drop);
            }
            return true;
        }
        if (resuming && (target.build() ? state == IndexState.VALID : state == IndexState.ABSENT)) {
            LOG.info("{}: the index {} is {} already (an earlier run got that far before it stopped); skipping: {}",
                    revision, target.name(), target.build() ? "built" : "dropped", step.sql());
            return false;
        }
        return true;
    }

    private Target target(SteppedPlan.Step step) {
        MigrationOperation operation = step.operation();
        if (operation instanceof CreateIndex create && create.concurrently()) {
            return new Target(create.table(), create.index().name(), true);
        }
        if (operation instanceof AddUniqueUsingIndex add && step.position() == 0) {
            return new Target(add.table(), add.unique().name(), true);
        }
        if (operation instanceof AddPrimaryKeyUsingIndex add && step.position() == 0) {
            return new Target(add.table(),
                    dialect.catalogProbe().primaryKeyIndex(add.table(), add.primaryKey().name()), true);
        }
        if (operation instanceof DropIndex drop && drop.concurrently()) {
            return new Target(drop.table(), drop.name(), false);
        }
        return null;
    }
}
