package dev.autogen.diff;

import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.AddCheck;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddForeignKey;
import dev.autogen.runtime.ops.AddPrimaryKey;
import dev.autogen.runtime.ops.AddUnique;
import dev.autogen.runtime.ops.AlterSequence;
import dev.autogen.runtime.ops.AlterTableComment;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateIndex;
import dev.autogen.runtime.ops.CreateSchema;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.CreateTable;
import dev.autogen.runtime.ops.DropCheck;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropForeignKey;
import dev.autogen.runtime.ops.DropIndex;
import dev.autogen.runtime.ops.DropPrimaryKey;
import dev.autogen.runtime.ops.DropSchema;
import dev.autogen.runtime.ops.DropSequence;
import dev.autogen.runtime.ops.DropTable;
import dev.autogen.runtime.ops.DropUnique;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.RenameConstraint;
import dev.autogen.runtime.ops.RenameIndex;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares a target schema with the current one and plans the upgrade: schemas, tables, columns
 * (type, nullability, default, identity, comment), primary keys, uniques, checks, indexes, foreign
 * keys, sequences and views, added, dropped, changed or renamed. Renames of tables and columns are applied
 * only when confirmed (see {@link Renames}); a constraint or index whose definition is unchanged but
 * whose name differs is renamed. Operations come in dependency order (see {@link Phase}); within a
 * phase they follow table and constraint names, so the same inputs always give the same plan. Changes
 * to existing tables come in their lock-safe forms (see {@link ComparisonRules#lockSafeForms}) unless
 * {@link DdlForm#PLAIN} is asked for. An index of the database that the model cannot express is left
 * alone (see {@link UnmanagedIndex}) unless its table is dropped.
 */
public final class SchemaDiff {
    private final ComparisonRules rules;
    private final Map<Phase, List<Change>> phases = new EnumMap<>(Phase.class);
    private final Map<String, String> tableHints = new HashMap<>();
    private final Map<String, String> columnHints = new HashMap<>();
    private final ColumnChangeForm columnForm;
    private Map<String, SequenceDef> targetSequences = Map.of();

    private SchemaDiff(ComparisonRules rules, List<RenameCandidate> hints, ColumnChangeForm columnForm) {
        this.rules = rules;
        this.columnForm = columnForm;
        for (Phase phase : Phase.values()) {
            phases.put(phase, new ArrayList<>());
        }
        for (RenameCandidate hint : hints) {
            if (hint.kind() == RenameCandidate.Kind.TABLE) {
                tableHints.put(hint.from(), hint.hint());
            } else {
                columnHints.put(hint.table() + "\0" + hint.from(), hint.hint());
            }
        }
    }

    /** The plan that turns {@code current} into {@code target} in the lock-safe forms, confirming no rename. */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current) {
        return compare(target, current, Renames.none());
    }

    /**
     * The plan that turns {@code current} into {@code target} in the lock-safe forms, confirming no rename,
     * comparing types, defaults and expressions by the given rules.
     */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current, ComparisonRules rules) {
        return compare(target, current, Renames.none(), DdlForm.LOCK_SAFE, Set.of(), rules);
    }

    /** The plan that turns {@code current} into {@code target} in the lock-safe forms, with the given renames. */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current, Renames renames) {
        return compare(target, current, renames, DdlForm.LOCK_SAFE);
    }

    /**
     * The plan that turns {@code current} into {@code target}, with the given renames, writing changes
     * to existing tables in the given form.
     */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current, Renames renames, DdlForm form) {
        return compare(target, current, renames, form, Set.of());
    }

    /**
     * The plan that turns {@code current} into {@code target}, with the given renames, writing changes
     * to existing tables in the given form, leaving alone the given views of the database that no
     * entity maps and no migration created (see {@link UnmanagedView}), comparing types, defaults and
     * expressions by PostgreSQL's rules.
     */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current, Renames renames, DdlForm form,
                                        Set<String> unmanagedViews) {
        return compare(target, current, renames, form, unmanagedViews, ComparisonRules.postgres());
    }

    /**
     * The plan that turns {@code current} into {@code target}, as {@link #compare(SchemaModel, SchemaModel,
     * Renames, DdlForm, Set)} does, writing the changes to existing columns in the given form: a dialect that
     * restates the whole column asks for {@link ColumnChangeForm#WHOLE_COLUMN}.
     */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current, Renames renames, DdlForm form,
                                        Set<String> unmanagedViews, ColumnChangeForm columnForm) {
        return compare(target, current, renames, form, unmanagedViews, ComparisonRules.postgres(), columnForm);
    }

    /**
     * The plan that turns {@code current} into {@code target}, with the given renames, writing changes
     * to existing tables in the given form, leaving alone the given views of the database that no
     * entity maps and no migration created (see {@link UnmanagedView}), comparing types, defaults and
     * expressions by the rules of the database the plan is for.
     */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current, Renames renames, DdlForm form,
                                        Set<String> unmanagedViews, ComparisonRules rules) {
        return compare(target, current, renames, form, unmanagedViews, rules, ColumnChangeForm.PARTS);
    }

    /**
     * The plan that turns {@code current} into {@code target} by the rules of the database the plan is
     * for, writing the changes to existing columns in the form that database needs.
     */
    public static MigrationPlan compare(SchemaModel target, SchemaModel current, Renames renames, DdlForm form,
                                        Set<String> unmanagedViews, ComparisonRules rules,
                                        ColumnChangeForm columnForm) {
        RenameResolver.Result resolved = RenameResolver.resolve(rules, target, recreatableChecks(rules, current),
                renames);
        SchemaModel renamed = resolved.current();
        SchemaDiff diff = new SchemaDiff(rules, resolved.hints(), Objects.requireNonNull(columnForm, "columnForm"));
        resolved.changes().forEach(change -> diff.add(Phase.RENAME_TABLES, change));
        diff.compareSchemas(target, current);
        diff.targetSequences = target.sequences();
        diff.compareSequences(target.sequences(), renamed.sequences(), SequenceContinuations.created(target, renamed),
                SequenceContinuations.dropped(target, renamed));
        diff.compareTables(target.tables(), renamed.tables());
        EnumTypeChanges.compare(rules, target, current, renamed.tables(), diff::add);
        new ForeignKeyRebuilds(diff.phases).apply(target, renamed);
        diff.addViews(ViewChanges.plan(target, current, unmanagedViews, diff.operations()));
        List<Change> changes = new ArrayList<>();
        diff.phases.values().forEach(changes::addAll);
        return new MigrationPlan(form == DdlForm.PLAIN ? changes : rules.lockSafeForms(changes), resolved.hints());
    }

    /** The model with every check spelled so that a downgrade that adds it back restores it exactly. */
    private static SchemaModel recreatableChecks(ComparisonRules rules, SchemaModel model) {
        Map<String, TableModel> tables = new LinkedHashMap<>();
        model.tables().forEach((name, table) -> tables.put(name, new TableModel(name, table.columns(),
                table.primaryKey(), table.uniques(), table.indexes(), table.foreignKeys(), table.checks().stream()
                .map(c -> new CheckDef(c.name(), rules.recreatableCheck(c.expression()))).toList(),
                table.comment())));
        return model.withTables(tables);
    }

    private List<MigrationOperation> operations() {
        return phases.values().stream().flatMap(List::stream).map(Change::operation).toList();
    }

    private void addViews(ViewChanges.Planned views) {
        phases.get(Phase.DROP_VIEWS).addAll(views.drops());
        phases.get(Phase.CREATE_VIEWS).addAll(views.creates());
    }

    private void add(Phase phase, Change change) {
        phases.get(phase).add(change);
    }

    /** Schemas the target needs are created; a schema is dropped when the plan takes away all it held. */
    private void compareSchemas(SchemaModel target, SchemaModel current) {
        for (String schema : target.schemas()) {
            if (!current.schemas().contains(schema)) {
                add(Phase.CREATE_SCHEMAS, Change.of(new CreateSchema(schema)));
            }
        }
        for (String schema : current.schemas()) {
            boolean used = current.tables().keySet().stream().anyMatch(t -> schema.equals(PostgresIdentifiers.schemaOf(t)))
                    || current.sequences().keySet().stream().anyMatch(s -> schema.equals(PostgresIdentifiers.schemaOf(s)));
            if (!target.schemas().contains(schema) && used) {
                add(Phase.DROP_SCHEMAS, Change.of(new DropSchema(schema)));
            }
        }
    }

    private void compareSequences(Map<String, SequenceDef> target, Map<String, SequenceDef> current,
                                  Map<String, ContinueAfter> created, Map<String, ContinueAfter> dropped) {
        current.forEach((name, sequence) -> {
            if (!target.containsKey(name)) {
                add(Phase.DROP_SEQUENCES, new Change(new DropSequence(name, sequence, dropped.get(name)),
                        "drops sequence " + name + "; recreating it restarts its values", null));
            }
        });
        target.forEach((name, sequence) -> {
            SequenceDef existing = current.get(name);
            if (existing == null) {
                add(Phase.CREATE_SEQUENCES, Change.of(new CreateSequence(sequence, created.get(name))));
            } else if (!existing.equals(sequence)) {
                add(Phase.CREATE_SEQUENCES, Change.of(new AlterSequence(sequence, existing)));
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
                DowngradeNotes.subject("drops table " + table.name() + " and the rows written since this revision")));
        table.indexes().forEach(index -> add(Phase.ADD_CONSTRAINTS, Change.of(new CreateIndex(table.name(), index))));
        table.foreignKeys().forEach(fk -> add(Phase.ADD_FOREIGN_KEYS, Change.of(new AddForeignKey(table.name(), fk))));
        if (table.comment() != null) {
            add(Phase.ALTER_COLUMNS, Change.of(new AlterTableComment(table.name(), table.comment(), null)));
        }
    }

    private void dropTable(TableModel table) {
        if (table.comment() != null) {
            add(Phase.DROP_CONSTRAINTS, Change.of(new AlterTableComment(table.name(), null, table.comment())));
        }
        table.foreignKeys().forEach(fk -> add(Phase.DROP_FOREIGN_KEYS,
                Change.of(new DropForeignKey(table.name(), fk.name(), fk))));
        table.indexes().forEach(index -> add(Phase.DROP_CONSTRAINTS,
                Change.of(new DropIndex(table.name(), index.name(), index))));
        add(Phase.DROP_TABLES, new Change(new DropTable(table.name(), table.toTableDef()),
                withHint(tableHints.get(table.name()), "drops table " + table.name() + " and all its rows"), null));
    }

    private void compareTable(TableModel target, TableModel current) {
        String table = target.name();
        compareNamed(new Kind<ForeignKeyDef>(ForeignKeyDef::name, SchemaDiff::sameForeignKey, SchemaDiff::sameForeignKey,
                        Phase.DROP_FOREIGN_KEYS, Phase.ADD_FOREIGN_KEYS,
                        (fk, before) -> new Change(new AddForeignKey(table, fk), ConstraintReviews.foreignKey(Direction.UPGRADE, before, fk), null),
                        (fk, after) -> new Change(new DropForeignKey(table, fk.name(), fk), null,
                                ConstraintReviews.foreignKey(Direction.DOWNGRADE, after, fk)),
                        (from, to) -> new RenameConstraint(table, from, to)),
                target, current, target.foreignKeys(), current.foreignKeys());
        comparePrimaryKeys(target, current);
        compareNamed(new Kind<UniqueDef>(UniqueDef::name, (a, b) -> a.columns().equals(b.columns()),
                        (a, b) -> a.columns().equals(b.columns()), Phase.DROP_CONSTRAINTS, Phase.ADD_CONSTRAINTS,
                        (u, before) -> new Change(new AddUnique(table, u), ConstraintReviews.unique(Direction.UPGRADE, before, u.columns()), null),
                        (u, after) -> new Change(new DropUnique(table, u.name(), u), null,
                                ConstraintReviews.unique(Direction.DOWNGRADE, after, u.columns())),
                        (from, to) -> new RenameConstraint(table, from, to)),
                target, current, target.uniques(), current.uniques());
        compareChecks(target, current);
        compareNamed(new Kind<IndexDef>(IndexDef::name, SchemaDiff::sameIndex, SchemaDiff::sameIndex,
                        Phase.DROP_CONSTRAINTS, Phase.ADD_CONSTRAINTS,
                        (i, before) -> new Change(new CreateIndex(table, i),
                                i.unique() ? ConstraintReviews.unique(Direction.UPGRADE, before, i.columns()) : null, null),
                        (i, after) -> new Change(new DropIndex(table, i.name(), i), undeclaredIndex(after, i),
                                i.unique() ? ConstraintReviews.unique(Direction.DOWNGRADE, after, i.columns()) : null),
                        (from, to) -> new RenameIndex(table, from, to)),
                target, current, managed(target.indexes(), current), managed(current.indexes(), current));
        compareColumns(target, current);
        if (!Objects.equals(target.comment(), current.comment())) {
            add(Phase.ALTER_COLUMNS, Change.of(new AlterTableComment(table, target.comment(), current.comment())));
        }
    }

    private void compareColumns(TableModel target, TableModel current) {
        GeneratedColumns generated = GeneratedColumns.compare(rules, target, current);
        RecomputedColumnDependents.apply(rules, phases, target, current, RecomputedColumnDependents.of(generated, target, current));
        generated.expressionDrops().forEach(c -> add(Phase.DROP_CONSTRAINTS, c));
        generated.firstDrops().forEach(c -> add(Phase.DROP_COLUMNS, c));
        for (ColumnDef column : current.columns()) {
            if (target.column(column.name()).isEmpty() && !generated.rebuilt().contains(column.name())) {
                dropColumn(current, column);
            }
        }
        for (ColumnDef column : target.columns()) {
            ColumnDef existing = current.column(column.name()).orElse(null);
            if (generated.rebuilt().contains(column.name())) {
                continue;
            }
            if (existing == null) {
                addColumn(target, column);
            } else {
                Map.Entry<ColumnDef, ColumnDef> pair = GeneratedColumns.comparable(column, existing);
                ColumnChanges.compare(rules, target, pair.getKey(), current, pair.getValue(), columnForm).forEach(c -> add(Phase.ALTER_COLUMNS, c));
            }
        }
        generated.lastAdds().forEach(c -> add(Phase.ALTER_COLUMNS, c));
    }

    private void compareChecks(TableModel target, TableModel current) {
        String table = target.name();
        Map<String, CheckDef> wanted = byName(target.checks(), CheckDef::name);
        Map<String, CheckDef> existing = byName(current.checks(), CheckDef::name);
        compareNamed(new Kind<CheckDef>(CheckDef::name, (a, b) -> rules.sameCheck(a.expression(), b.expression()),
                        (a, b) -> rules.equivalentChecks(a.expression(), b.expression()),
                        Phase.DROP_CONSTRAINTS, Phase.ADD_CONSTRAINTS,
                        (c, before) -> new Change(new AddCheck(table, c),
                                ConstraintReviews.check(rules, Direction.UPGRADE, before, c, existing.get(c.name())), null),
                        (c, after) -> new Change(new DropCheck(table, c.name(), c), null,
                                ConstraintReviews.check(rules, Direction.DOWNGRADE, after, c, wanted.get(c.name()))),
                        (from, to) -> new RenameConstraint(table, from, to)),
                target, current, target.checks(), current.checks());
    }

    private void dropColumn(TableModel table, ColumnDef column) {
        String review = withHint(columnHints.get(table.name() + "\0" + column.name()),
                "drops column " + table.name() + "." + column.name() + " and the data in it");
        if (!needsBackfill(column)) {
            add(Phase.DROP_COLUMNS, new Change(new DropColumn(table.name(), column.name(), column), review, null));
            return;
        }
        Backfill backfill = rules.backfill(table, column);
        if (KeyBackfills.isKeyColumn(table, column)) {
            KeyBackfills.KeyBackfill key = KeyBackfills.chooseForDowngrade(rules, table, column, backfill);
            backfill = new Backfill(key.expression(), key.review());
        }
        add(Phase.DROP_COLUMNS, new Change(new DropColumn(table.name(), column.name(),
                column.backfill(backfill.expression())), review, DowngradeNotes.addsBack(table.name() + "." + column.name(),
                backfill.review())));
    }

    private void addColumn(TableModel table, ColumnDef column) {
        String reverseReview = DowngradeNotes.subject("drops column " + table.name() + "." + column.name()
                + " and the data in it");
        if (!needsBackfill(column)) {
            add(Phase.ADD_COLUMNS, new Change(new AddColumn(table.name(), column), null, reverseReview));
            return;
        }
        Backfill backfill = rules.backfill(table, column);
        if (KeyBackfills.isKeyColumn(table, column)) {
            addKeyColumn(table, column, KeyBackfills.choose(rules, table, column, targetSequences, backfill), reverseReview);
            return;
        }
        String review = backfill.review();
        boolean unique = table.uniques().stream().anyMatch(u -> u.columns().contains(column.name()));
        if (review == null && unique) {
            review = "existing rows all get " + backfill.expression() + " as " + table.name() + "." + column.name()
                    + ", which a unique constraint rejects when the table holds two rows or more";
        }
        add(Phase.ADD_COLUMNS, new Change(new AddColumn(table.name(), column.backfill(backfill.expression())),
                review, reverseReview));
    }

    private void addKeyColumn(TableModel table, ColumnDef column, KeyBackfills.KeyBackfill backfill, String reverseReview) {
        SequenceDef temporary = backfill.temporarySequence();
        if (temporary != null) {
            add(Phase.CREATE_SEQUENCES, Change.of(new CreateSequence(temporary)));
        }
        add(Phase.ADD_COLUMNS, new Change(new AddColumn(table.name(), column.backfill(backfill.expression())),
                backfill.review(), reverseReview));
        if (temporary != null) {
            add(Phase.ALTER_COLUMNS, Change.of(new DropSequence(temporary.name(), temporary)));
        }
    }

    private void comparePrimaryKeys(TableModel target, TableModel current) {
        PrimaryKeyDef wanted = target.primaryKey();
        PrimaryKeyDef existing = current.primaryKey();
        if (wanted == null && existing == null) {
            return;
        }
        if (wanted != null && existing != null && wanted.columns().equals(existing.columns())) {
            String from = PrimaryKeys.name(current.name(), existing);
            String to = PrimaryKeys.name(target.name(), wanted);
            if (!from.equals(to)) {
                add(Phase.RENAME_CONSTRAINTS, Change.of(new RenameConstraint(target.name(), from, to)));
            }
            return;
        }
        if (existing != null) {
            add(Phase.DROP_CONSTRAINTS, new Change(new DropPrimaryKey(current.name(), existing.name(), existing), null,
                    ConstraintReviews.primaryKey(Direction.DOWNGRADE, target, existing.columns())));
        }
        if (wanted != null) {
            add(Phase.ADD_CONSTRAINTS, new Change(new AddPrimaryKey(target.name(), wanted),
                    ConstraintReviews.primaryKey(Direction.UPGRADE, current, wanted.columns()), null));
        }
    }

    /**
     * How one kind of named table object is compared and changed.
     *
     * @param name       its name
     * @param same       whether two of the same name need no change
     * @param equivalent whether two of different names are the same object, to be renamed
     * @param dropPhase  when it is dropped
     * @param addPhase   when it is added
     * @param adder      the change that adds one, given the table before the change
     * @param dropper    the change that drops one, given the table after the change
     * @param renamer    the operation that renames one
     */
    private record Kind<T>(Function<T, String> name, BiPredicate<T, T> same, BiPredicate<T, T> equivalent,
                           Phase dropPhase, Phase addPhase, BiFunction<T, TableModel, Change> adder,
                           BiFunction<T, TableModel, Change> dropper,
                           BiFunction<String, String, MigrationOperation> renamer) {
    }

    private <T> void compareNamed(Kind<T> kind, TableModel targetTable, TableModel currentTable, List<T> target,
                                  List<T> current) {
        Map<String, T> wanted = byName(target, kind.name());
        Map<String, T> existing = byName(current, kind.name());
        List<T> dropped = new ArrayList<>();
        List<T> added = new ArrayList<>();
        existing.forEach((key, constraint) -> {
            T desired = wanted.get(key);
            if (desired == null || !kind.same().test(desired, constraint)) {
                dropped.add(constraint);
            }
        });
        wanted.forEach((key, constraint) -> {
            T present = existing.get(key);
            if (present == null || !kind.same().test(constraint, present)) {
                added.add(constraint);
            }
        });
        for (T old : List.copyOf(dropped)) {
            String oldName = kind.name().apply(old);
            if (wanted.containsKey(oldName)) {
                continue;
            }
            added.stream().filter(a -> !existing.containsKey(kind.name().apply(a)) && kind.equivalent().test(a, old))
                    .findFirst().ifPresent(renamed -> {
                        add(Phase.RENAME_CONSTRAINTS, Change.of(kind.renamer().apply(oldName, kind.name().apply(renamed))));
                        dropped.remove(old);
                        added.remove(renamed);
                    });
        }
        dropped.forEach(c -> add(kind.dropPhase(), kind.dropper().apply(c, targetTable)));
        added.forEach(c -> add(kind.addPhase(), kind.adder().apply(c, currentTable)));
    }

    /** Whether adding the column to a table with rows needs a backfill. */
    private static boolean needsBackfill(ColumnDef column) {
        return !column.nullable() && column.defaultValue() == null && !column.isIdentity() && !column.isGenerated();
    }

    private static boolean sameForeignKey(ForeignKeyDef a, ForeignKeyDef b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete();
    }

    /**
     * The note on dropping an index that the entities do not declare, else {@code null}: not on one
     * they change, nor on one that goes with a dropped column, whose note speaks of the data.
     */
    private static String undeclaredIndex(TableModel target, IndexDef index) {
        if (target.indexes().stream().anyMatch(i -> i.name().equals(index.name()))
                || !index.columns().stream().allMatch(c -> target.column(c).isPresent())) {
            return null;
        }
        return "drops index " + index.name() + " on " + target.name() + ", which no entity declares; queries that"
                + " used it get slower (keep it with --exclude-indexes " + index.name() + ")";
    }

    /** The indexes that are not, nor share a name with, an index of the database the model cannot express. */
    private static List<IndexDef> managed(List<IndexDef> indexes, TableModel current) {
        Set<String> unmanaged = new HashSet<>();
        UnmanagedIndex.unmanaged(current).forEach(index -> unmanaged.add(index.name()));
        return indexes.stream().filter(index -> !unmanaged.contains(index.name())).toList();
    }

    private static boolean sameIndex(IndexDef a, IndexDef b) {
        return a.columns().equals(b.columns()) && a.unique() == b.unique() && a.descending().equals(b.descending());
    }

    private static String withHint(String hint, String review) {
        return hint == null ? review : hint + "\n" + review;
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(name.apply(item), item));
        return map;
    }
}
