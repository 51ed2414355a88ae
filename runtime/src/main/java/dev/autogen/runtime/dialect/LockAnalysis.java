package dev.autogen.runtime.dialect;

import dev.autogen.runtime.ops.MigrationOperation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a migration's operations lock on a live database, statement by statement, and which of them
 * are a risk to tables that hold data. Each dialect supplies its own ({@link SqlDialect#lockAnalysis}).
 */
public interface LockAnalysis {
    /**
     * The locks of a migration's operations in order.
     *
     * @param operations    the operations of one migration, as its {@code upgrade()} or {@code downgrade()} records them
     * @param transactional whether the migration runs in a transaction ({@code transactional = false} runs each
     *                      statement on its own)
     */
    MigrationLocks analyse(List<MigrationOperation> operations, boolean transactional);

    /**
     * The live row count of each table that exists, as the database estimates it from its statistics
     * (on PostgreSQL the planner's {@code pg_class.reltuples}, kept by {@code VACUUM} and {@code ANALYZE},
     * or {@code pg_stat_user_tables.n_live_tup} for a table never analysed), read in one query; tables it
     * does not know are left out.
     */
    Map<String, Long> liveRows(Connection connection, Collection<String> tables) throws SQLException;
}
