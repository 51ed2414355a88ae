package dev.autogen.diff;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares a target schema with the current one and plans the upgrade: tables and columns added
 * or dropped with everything defined on them, and keys, uniques, checks, indexes and foreign keys
 * added or dropped by name (a check whose list or range of allowed values changed is dropped and
 * added again). Operations come in dependency order (see {@link Phase}); within a phase
 * they follow table and constraint names, so the same inputs always give the same plan.
 */
public final class SchemaDiff {
    private final Map<Phase, List<Change>> phases = new EnumMap<>(Phase.class);

    private SchemaDiff() {
        for (Phase phase : Phase.values()) {
            phases.put(phase, new ArrayList<>());
        }
    }

    /** The plan that turns {@code current} into {@code target}. */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current) {
        SchemaDiff diff = new SchemaDiff();
        diff.compareSequences(target.sequences(), current.sequences());
        diff.compareTables(target.tables(), current.tables());
        List<Change> changes = new ArrayList<>();
        diff.phases.values().forEach(changes::addAll);
        return new MigrationPlan(changes);
    }

    private void add(Phase phase, Change change) {
        phases.get(phase).add(change);
    }

    private void compareSequences(Map<String, SequenceDef> target, Map<String, SequenceDef> current) {
        current.forEach((name, sequence) -> {
            if (!target.containsKey(name)) {
                add(Phase.DROP_SEQUENCES, new Change(new DropSequence(name, sequence),
                        "drops sequence " + name + "; recreating it restarts its values", null));
            }
        });
        target.forEach((name, sequence) -> {
            if (!current.containsKey(name)) {
                add(Phase.CREATE_SEQUENCES, Change.of(new CreateSequence(sequence)));
            }
        });
    }

    private void compareTables(Map<String, TableModel> target, Map<String, TableModel> current) {
        current.forEach((name, table) -> {
            if (!target.containsKey(name)) {
                dropTable(table);
            }
        });
        target.forEach((name, table) -> {
            TableModel existing = current.get(name);
            if (existing == null) {
                createTable(table);
            } else {
                compareTable(table, existing);
            }
        });
    }

    private void createTable(TableModel table) {
        add(Phase.CREATE_TABLES, new Change(new CreateTable(table.toTableDef()), null,
                "drops table " + table.name() + " and the rows written since this revision"));
        table.indexes().forEach(index -> add(Phase.ADD_CONSTRAINTS, Change.of(new CreateIndex(table.name(), index))));
        table.foreignKeys().forEach(fk -> add(Phase.ADD_FOREIGN_KEYS, Change.of(new AddForeignKey(table.name(), fk))));
    }

    private void dropTable(TableModel table) {
        table.foreignKeys().forEach(fk -> add(Phase.DROP_FOREIGN_KEYS,
                Change.of(new DropForeignKey(table.name(), fk.name(), fk))));
        table.indexes().forEach(index -> add(Phase.DROP_CONSTRAINTS,
                Change.of(new DropIndex(table.name(), index.name(), index))));
        add(Phase.DROP_TABLES, new Change(new DropTable(table.name(), table.toTableDef()),
                "drops table " + table.name() + " and all its rows", null));
    }

    private void compareTable(TableModel target, TableModel current) {
        String table = target.name();
        Map<String, ColumnDef> currentColumns = byName(current.columns(), ColumnDef::name);
        Map<String, ColumnDef> targetColumns = byName(target.columns(), ColumnDef::name);
        compareConstraints(table, target.foreignKeys(), current.foreignKeys(), ForeignKeyDef::name,
                SchemaDiff::sameForeignKey, Phase.DROP_FOREIGN_KEYS, Phase.ADD_FOREIGN_KEYS,
                fk -> new AddForeignKey(table, fk), fk -> new DropForeignKey(table, fk.name(), fk));
        comparePrimaryKeys(target, current);
        compareConstraints(table, target.uniques(), current.uniques(), UniqueDef::name,
                (a, b) -> a.columns().equals(b.columns()), Phase.DROP_CONSTRAINTS, Phase.ADD_CONSTRAINTS,
                u -> new AddUnique(table, u), u -> new DropUnique(table, u.name(), u));
        compareConstraints(table, target.checks(), current.checks(), CheckDef::name,
                (a, b) -> CheckExpressions.same(a.expression(), b.expression()),
                Phase.DROP_CONSTRAINTS, Phase.ADD_CONSTRAINTS,
                c -> new AddCheck(table, c), c -> new DropCheck(table, c.name(), c));
        compareConstraints(table, target.indexes(), current.indexes(), IndexDef::name,
                (a, b) -> a.columns().equals(b.columns()) && a.unique() == b.unique(),
                Phase.DROP_CONSTRAINTS, Phase.ADD_CONSTRAINTS,
                i -> new CreateIndex(table, i), i -> new DropIndex(table, i.name(), i));
        currentColumns.forEach((name, column) -> {
            if (!targetColumns.containsKey(name)) {
                dropColumn(current, column);
            }
        });
        targetColumns.forEach((name, column) -> {
            if (!currentColumns.containsKey(name)) {
                addColumn(target, column);
            }
        });
    }

    private void dropColumn(TableModel table, ColumnDef column) {
        String review = "drops column " + table.name() + "." + column.name() + " and the data in it";
        if (!BackfillPolicy.needsBackfill(column)) {
            add(Phase.DROP_COLUMNS, new Change(new DropColumn(table.name(), column.name(), column), review, null));
            return;
        }
        BackfillPolicy.Backfill backfill = BackfillPolicy.choose(table, column);
        add(Phase.DROP_COLUMNS, new Change(new DropColumn(table.name(), column.name(),
                column.backfill(backfill.expression())), review, backfill.review()));
    }

    private void addColumn(TableModel table, ColumnDef column) {
        String reverseReview = "drops column " + table.name() + "." + column.name() + " and the data in it";
        if (!BackfillPolicy.needsBackfill(column)) {
            add(Phase.ADD_COLUMNS, new Change(new AddColumn(table.name(), column), null, reverseReview));
            return;
        }
        BackfillPolicy.Backfill backfill = BackfillPolicy.choose(table, column);
        String review = backfill.review();
        boolean unique = table.uniques().stream().anyMatch(u -> u.columns().contains(column.name()));
        if (review == null && unique) {
            review = "existing rows all get " + backfill.expression() + " as " + table.name() + "." + column.name()
                    + ", which a unique constraint rejects when the table holds two rows or more";
        }
        add(Phase.ADD_COLUMNS, new Change(new AddColumn(table.name(), column.backfill(backfill.expression())),
                review, reverseReview));
    }

    private void comparePrimaryKeys(TableModel target, TableModel current) {
        PrimaryKeyDef wanted = target.primaryKey();
        PrimaryKeyDef existing = current.primaryKey();
        boolean same = wanted == null ? existing == null
                : existing != null && wanted.columns().equals(existing.columns())
                && primaryKeyName(target.name(), wanted).equals(primaryKeyName(current.name(), existing));
        if (same) {
            return;
        }
        if (existing != null) {
            add(Phase.DROP_CONSTRAINTS, Change.of(new DropPrimaryKey(current.name(), existing.name(), existing)));
        }
        if (wanted != null) {
            add(Phase.ADD_CONSTRAINTS, Change.of(new AddPrimaryKey(target.name(), wanted)));
        }
    }

    private static String primaryKeyName(String table, PrimaryKeyDef key) {
        return key.name() != null ? key.name() : PostgresIdentifiers.defaultConstraintName(table, null, "pkey");
    }

    private <T> void compareConstraints(String table, List<T> target, List<T> current, Function<T, String> name,
                                        BiPredicate<T, T> same, Phase dropPhase, Phase addPhase,
                                        Function<T, ? extends dev.autogen.runtime.ops.MigrationOperation> adder,
                                        Function<T, ? extends dev.autogen.runtime.ops.MigrationOperation> dropper) {
        Map<String, T> wanted = byName(target, name);
        Map<String, T> existing = byName(current, name);
        existing.forEach((key, constraint) -> {
            T desired = wanted.get(key);
            if (desired == null || !same.test(desired, constraint)) {
                add(dropPhase, Change.of(dropper.apply(constraint)));
            }
        });
        wanted.forEach((key, constraint) -> {
            T present = existing.get(key);
            if (present == null || !same.test(constraint, present)) {
                add(addPhase, Change.of(adder.apply(constraint)));
            }
        });
    }

    private static boolean sameForeignKey(ForeignKeyDef a, ForeignKeyDef b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(name.apply(item), item));
        return map;
    }
}
