package dev.autogen.diff;

import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.schema.TableModel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The indexes, keys, checks and foreign keys of a table that involve a column the plan drops and
 * adds again, either way, because it is a stored generated column that PostgreSQL cannot change in
 * place (see {@link GeneratedColumns}). PostgreSQL drops them with the column without a word, so
 * each is dropped explicitly before (its reverse adds it back in the downgrade) and the target's are
 * added after; an index the model cannot express (see {@link UnmanagedIndex}) is created again as it
 * was. A rename planned for one of them becomes part of that. Keys that foreign keys of other tables
 * use are then taken care of by {@link ForeignKeyRebuilds}.
 */
final class RecomputedColumnDependents {
    private final ComparisonRules rules;
    private final Map<Phase, List<Change>> phases;
    private final String table;
    private final Set<String> columns;

    private RecomputedColumnDependents(ComparisonRules rules, Map<Phase, List<Change>> phases, String table,
                                       Set<String> columns) {
        this.rules = rules;
        this.phases = phases;
        this.table = table;
        this.columns = columns;
    }

    /** Adds to the phases the drops and adds that keep what involves the given columns of the table. */
    static void apply(ComparisonRules rules, Map<Phase, List<Change>> phases, TableModel target, TableModel current,
                      Set<String> columns) {
        if (!columns.isEmpty()) {
            new RecomputedColumnDependents(rules, phases, target.name(), columns).apply(target, current);
        }
    }

    private void apply(TableModel target, TableModel current) {
        Set<String> unmanaged = UnmanagedIndex.unmanaged(current).stream().map(IndexDef::name).collect(Collectors.toSet());
        for (IndexDef index : current.indexes()) {
            if (involves(index) && drop(Phase.DROP_CONSTRAINTS, index.name(), new DropIndex(table, index.name(), index),
                    index.unique() ? "unique index " + index.name() : null) && unmanaged.contains(index.name())) {
                phases.get(Phase.ADD_CONSTRAINTS).add(Change.of(new CreateIndex(table, index)));
            }
        }
        target.indexes().stream().filter(i -> involves(i) && !unmanaged.contains(i.name())).forEach(i -> add(
                Phase.ADD_CONSTRAINTS, i.name(), new CreateIndex(table, i), i.unique() ? "unique index " + i.name() : null));
        current.uniques().stream().filter(u -> involves(u.columns())).forEach(u -> drop(Phase.DROP_CONSTRAINTS,
                u.name(), new DropUnique(table, u.name(), u), "unique constraint " + u.name()));
        target.uniques().stream().filter(u -> involves(u.columns())).forEach(u -> add(Phase.ADD_CONSTRAINTS,
                u.name(), new AddUnique(table, u), "unique constraint " + u.name()));
        current.checks().stream().filter(this::involves).forEach(c -> drop(Phase.DROP_CONSTRAINTS, c.name(),
                new DropCheck(table, c.name(), c), "check constraint " + c.name()));
        target.checks().stream().filter(this::involves).forEach(c -> add(Phase.ADD_CONSTRAINTS, c.name(),
                new AddCheck(table, c), "check constraint " + c.name()));
        current.foreignKeys().stream().filter(fk -> involves(fk.columns())).forEach(fk -> drop(Phase.DROP_FOREIGN_KEYS,
                fk.name(), new DropForeignKey(table, fk.name(), fk), "foreign key " + fk.name()));
        target.foreignKeys().stream().filter(fk -> involves(fk.columns())).forEach(fk -> add(Phase.ADD_FOREIGN_KEYS,
                fk.name(), new AddForeignKey(table, fk), "foreign key " + fk.name()));
        PrimaryKeyDef existingKey = current.primaryKey();
        if (existingKey != null && involves(existingKey.columns())) {
            String name = PrimaryKeys.name(table, existingKey);
            drop(Phase.DROP_CONSTRAINTS, name, new DropPrimaryKey(table, name, existingKey), "primary key " + name);
        }
        PrimaryKeyDef wantedKey = target.primaryKey();
        if (wantedKey != null && involves(wantedKey.columns())) {
            String name = PrimaryKeys.name(table, wantedKey);
            add(Phase.ADD_CONSTRAINTS, name, new AddPrimaryKey(table, wantedKey), "primary key " + name);
        }
    }

    /**
     * Drops one object unless the plan already does, and cancels a rename planned for it.
     *
     * @return whether this added the drop
     */
    private boolean drop(Phase phase, String name, MigrationOperation drop, String constraint) {
        if (planned(phase, op -> op.getClass() == drop.getClass() && named(op, name))) {
            return false;
        }
        phases.get(Phase.RENAME_CONSTRAINTS).removeIf(c -> c.operation() instanceof RenameConstraint r
                && r.table().equals(table) && r.name().equals(name)
                || c.operation() instanceof RenameIndex i && i.table().equals(table) && i.name().equals(name));
        phases.get(phase).add(new Change(drop, null, note(constraint, "downgrade")));
        return true;
    }

    private void add(Phase phase, String name, MigrationOperation add, String constraint) {
        if (!planned(phase, op -> op.getClass() == add.getClass() && named(op, name))) {
            phases.get(phase).add(new Change(add, note(constraint, "upgrade"), null));
        }
    }

    private String note(String constraint, String method) {
        if (constraint == null) {
            return null;
        }
        return "adds " + constraint + " on " + table + " again after " + String.join(", ", columns.stream().sorted()
                .map(c -> table + "." + c).toList()) + " is recomputed: the " + method
                + " fails if the recomputed values break it";
    }

    private boolean planned(Phase phase, Predicate<MigrationOperation> matches) {
        return phases.get(phase).stream().map(Change::operation).anyMatch(matches);
    }

    private boolean named(MigrationOperation op, String name) {
        String opTable;
        String opName;
        if (op instanceof DropIndex d) {
            opTable = d.table();
            opName = d.name();
        } else if (op instanceof CreateIndex c) {
            opTable = c.table();
            opName = c.index().name();
        } else if (op instanceof DropUnique d) {
            opTable = d.table();
            opName = d.name();
        } else if (op instanceof AddUnique a) {
            opTable = a.table();
            opName = a.unique().name();
        } else if (op instanceof DropCheck d) {
            opTable = d.table();
            opName = d.name();
        } else if (op instanceof AddCheck a) {
            opTable = a.table();
            opName = a.check().name();
        } else if (op instanceof DropForeignKey d) {
            opTable = d.table();
            opName = d.name();
        } else if (op instanceof AddForeignKey a) {
            opTable = a.table();
            opName = a.foreignKey().name();
        } else if (op instanceof DropPrimaryKey d) {
            return d.table().equals(table);
        } else if (op instanceof AddPrimaryKey a) {
            return a.table().equals(table);
        } else {
            return false;
        }
        return opTable.equals(table) && opName.equals(name);
    }

    private boolean involves(IndexDef index) {
        return involves(index.columns()) || index.definition() != null
                && !rules.referencedColumns(index.definition(), List.copyOf(columns)).isEmpty();
    }

    private boolean involves(CheckDef check) {
        return !rules.referencedColumns(check.expression(), List.copyOf(columns)).isEmpty();
    }

    private boolean involves(Collection<String> used) {
        return used.stream().anyMatch(columns::contains);
    }

    /** The columns of a table that the given generated-column changes drop and add again, either way. */
    static Set<String> of(GeneratedColumns generated, TableModel target, TableModel current) {
        return current.columns().stream().map(ColumnDef::name).filter(name -> target.column(name).isPresent())
                .filter(name -> generated.rebuilt().contains(name) || current.column(name).orElseThrow().isGenerated()
                        != target.column(name).orElseThrow().isGenerated()).collect(Collectors.toSet());
    }
}
