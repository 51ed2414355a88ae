package dev.autogen.runtime;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.dialect.SqlDialect;
import dev.autogen.runtime.history.HistoryTable;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses an upgrade whose pending migrations would create tables, indexes or sequences that the
 * database already has: the history does not record those migrations (it was dropped, emptied or
 * lost a row) though their changes are there, and running them again would fail half-way or worse.
 * Raw SQL ({@code op.execute}) is not inspected.
 */
final class ExistingObjects {
    private static final int NAMED_AT_MOST = 5;

    private ExistingObjects() {
    }

    /** One object a pending migration creates, with its name as SQL and for messages. */
    private record Created(ResolvedMigration migration, String sqlName, String description) {
    }

    /**
     * Fails, before anything runs, when an object a pending migration creates exists already and
     * no applied migration created it (then the pending one is at fault, and fails as it runs).
     */
    static void refuseRecreating(SqlDialect dialect, Connection connection, HistoryTable history,
                                 List<ResolvedMigration> plan, List<Migration> instances,
                                 List<ResolvedMigration> applied) throws SQLException {
        List<Created> created = createdBy(plan, instances);
        if (created.isEmpty()) {
            return;
        }
        Set<String> existing = new HashSet<>(dialect.existingObjects(connection,
                created.stream().map(Created::sqlName).distinct().toList()));
        if (!existing.isEmpty()) {
            createdBy(applied, applied.stream().map(m -> m.factory().get()).toList())
                    .forEach(object -> existing.remove(object.sqlName()));
        }
        Map<ResolvedMigration, List<String>> found = new LinkedHashMap<>();
        for (Created object : created) {
            if (existing.contains(object.sqlName())) {
                found.computeIfAbsent(object.migration(), m -> new ArrayList<>()).add(object.description());
            }
        }
        if (found.isEmpty()) {
            return;
        }
        ResolvedMigration first = found.keySet().iterator().next();
        List<ResolvedMigration> revisions = List.copyOf(found.keySet());
        String last = revisions.get(revisions.size() - 1).id();
        List<String> objects = found.get(first);
        throw new AutogenException(ErrorCode.HISTORY_MISMATCH, "The database already has "
                + String.join(", ", objects.subList(0, Math.min(objects.size(), NAMED_AT_MOST)))
                + (objects.size() > NAMED_AT_MOST ? ", …" : "") + ", which revision " + first.id() + " ("
                + first.origin() + ") creates, but " + history.name() + " does not record " + first.id()
                + " as applied (the history table was dropped or emptied, or lost a row)"
                + (revisions.size() > 1 ? "; so " + (revisions.size() == 2 ? "does 1 later pending revision, " : "do " + (revisions.size() - 1) + " later pending revisions up to ")
                + last : "") + ". Nothing was run. If the database has the changes of every revision up to " + last
                + ", run 'autogen stamp --add " + last + "' to record them without running them, then"
                + " 'autogen upgrade'. If those objects are not autogen's, rename or drop them first.");
    }

    /**
     * The objects the plan creates that no earlier operation of the plan drops or renames away
     * first, in the order they would be created.
     */
    private static List<Created> createdBy(List<ResolvedMigration> plan, List<Migration> instances) {
        List<Created> created = new ArrayList<>();
        Set<String> released = new HashSet<>();
        Set<String> droppedTables = new HashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            ResolvedMigration migration = plan.get(i);
            for (MigrationOperation operation : migration.upgradeOperations(instances.get(i))) {
                Created object = creation(migration, operation);
                if (object != null && !released.contains(object.sqlName())
                        && !(operation instanceof CreateIndex index && droppedTables.contains(table(index.table())))) {
                    created.add(object);
                }
                release(operation, released, droppedTables);
            }
        }
        return created;
    }

    private static Created creation(ResolvedMigration migration, MigrationOperation operation) {
        if (operation instanceof CreateTable create) {
            return new Created(migration, table(create.definition().name()), "table " + create.definition().name());
        }
        if (operation instanceof CreateSequence create) {
            return new Created(migration, table(create.sequence().name()), "sequence " + create.sequence().name());
        }
        if (operation instanceof CreateIndex create) {
            return new Created(migration, index(create.table(), create.index().name()),
                    "index " + create.index().name());
        }
        return null;
    }

    private static void release(MigrationOperation operation, Set<String> released, Set<String> droppedTables) {
        if (operation instanceof DropTable drop) {
            released.add(table(drop.table()));
            droppedTables.add(table(drop.table()));
        } else if (operation instanceof RenameTable rename) {
            released.add(table(rename.table()));
            droppedTables.add(table(rename.table()));
        } else if (operation instanceof DropSequence drop) {
            released.add(table(drop.name()));
        } else if (operation instanceof RenameSequence rename) {
            released.add(table(rename.name()));
        } else if (operation instanceof DropIndex drop) {
            released.add(index(drop.table(), drop.name()));
        } else if (operation instanceof RenameIndex rename) {
            released.add(index(rename.table(), rename.name()));
        }
    }

    private static String table(String qualifiedName) {
        return PostgresIdentifiers.quoteQualified(qualifiedName);
    }

    private static String index(String table, String name) {
        String schema = PostgresIdentifiers.schemaOf(table);
        return PostgresIdentifiers.quoteQualified(schema == null ? name : schema + "." + name);
    }

}
