package dev.autogen.runtime.deploy;

import dev.autogen.runtime.dialect.LockAnalysis;
import dev.autogen.runtime.dialect.MigrationLocks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lock summaries of several migrations, with the live row counts of all their tables read in
 * one query when a database is configured and reachable, and without counts otherwise.
 */
final class LockReviews {
    private LockReviews() {
    }

    /** One summary per analysis, in order. */
    static List<LockSummary> summaries(DeployEnvironment environment, LockAnalysis analysis, List<MigrationLocks> locks) {
        Set<String> tables = new LinkedHashSet<>();
        locks.forEach(l -> tables.addAll(l.existingTables()));
        Map<String, Long> rows = tables.isEmpty() ? Map.of() : count(environment, analysis, tables);
        return locks.stream().map(l -> new LockSummary(l, rows, true)).toList();
    }

    private static Map<String, Long> count(DeployEnvironment environment, LockAnalysis analysis, Set<String> tables) {
        Optional<Connection> connection = environment.statisticsConnection();
        if (connection.isEmpty()) {
            return Map.of();
        }
        try (Connection open = connection.get()) {
            return analysis.liveRows(open, tables);
        } catch (SQLException e) {
            return Map.of();
        }
    }
}
