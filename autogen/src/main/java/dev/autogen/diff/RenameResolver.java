package dev.autogen.diff;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.RenameColumn;
import dev.autogen.runtime.ops.RenameSequence;
import dev.autogen.runtime.ops.RenameTable;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Settles renames before the diff: applies the confirmed ones to the current model, with the
 * operations that carry them out, and finds the candidates the user has not confirmed. A candidate
 * is a table or column that disappears while exactly one compatible one appears in the same place:
 * a table in the same schema with the same columns, or a column in the same table with the same
 * type and nullability.
 */
final class RenameResolver {
    /**
     * The outcome.
     *
     * @param current the current model with the confirmed renames applied
     * @param changes the operations that rename, in order
     * @param hints   the candidates left unconfirmed
     */
    record Result(SchemaModel current, List<Change> changes, List<RenameCandidate> hints) {
    }

    private final ComparisonRules rules;
    private final SchemaModel target;
    private final SchemaModel original;
    private final Renames renames;
    private final List<Change> changes = new ArrayList<>();
    private final List<RenameCandidate> hints = new ArrayList<>();
    private final Map<String, String> renamedTables = new TreeMap<>();
    private SchemaModel current;

    private RenameResolver(ComparisonRules rules, SchemaModel target, SchemaModel current, Renames renames) {
        this.rules = rules;
        this.target = target;
        this.original = current;
        this.current = current;
        this.renames = renames;
    }

    static Result resolve(ComparisonRules rules, SchemaModel target, SchemaModel current, Renames renames) {
        RenameResolver resolver = new RenameResolver(rules, target, current, renames);
        List<Renames.Spec> columnSpecs = new ArrayList<>();
        for (Renames.Spec spec : renames.specs()) {
            String table = resolver.findTable(current, spec.from());
            if (table != null) {
                String to = resolver.findTable(target, resolver.qualifyLike(table, spec.to()));
                if (to == null) {
                    to = resolver.findTable(target, spec.to());
                }
                resolver.renameTable(table, to == null ? resolver.qualifyLike(table, spec.to()) : to, spec);
            } else {
                columnSpecs.add(spec);
            }
        }
        resolver.tableCandidates();
        for (Renames.Spec spec : columnSpecs) {
            resolver.explicitColumn(spec);
        }
        resolver.columnCandidates();
        return new Result(resolver.current, resolver.changes, resolver.hints);
    }

    private void renameTable(String from, String to, Renames.Spec spec) {
        if (!target.tables().containsKey(to) || current.tables().containsKey(to)) {
            throw invalid(spec, target.tables().containsKey(to) ? "the database already has a table " + to
                    : "the entities have no table " + to);
        }
        changes.add(Change.of(new RenameTable(from, to)));
        String schema = PostgresIdentifiers.schemaOf(to);
        for (ColumnDef column : current.tables().get(from).columns()) {
            if (column.isIdentity()) {
                renameSequence(qualify(schema, identitySequence(from, column.name())),
                        qualify(schema, identitySequence(to, column.name())), false);
            }
        }
        current = ModelRenamer.renameTable(current, from, to);
        renamedTables.put(from, to);
        String oldSequence = qualify(PostgresIdentifiers.schemaOf(from), PostgresIdentifiers.nameOf(from) + "_seq");
        String newSequence = qualify(PostgresIdentifiers.schemaOf(from), PostgresIdentifiers.nameOf(to) + "_seq");
        if (current.sequences().containsKey(oldSequence) && !target.sequences().containsKey(oldSequence)
                && target.sequences().containsKey(newSequence) && !current.sequences().containsKey(newSequence)) {
            renameSequence(oldSequence, newSequence, true);
        }
    }

    private void renameSequence(String from, String to, boolean inModel) {
        if (!from.equals(to)) {
            changes.add(Change.of(new RenameSequence(from, to)));
            if (inModel) {
                current = ModelRenamer.renameSequence(current, from, to);
            }
        }
    }

    private void tableCandidates() {
        SchemaModel before = current;
        List<String> dropped = before.tables().keySet().stream().filter(t -> !target.tables().containsKey(t)).toList();
        List<String> added = target.tables().keySet().stream().filter(t -> !before.tables().containsKey(t)).toList();
        for (String from : dropped) {
            List<String> matches = added.stream().filter(to -> compatible(before.tables().get(from),
                    target.tables().get(to))).toList();
            if (matches.size() != 1) {
                continue;
            }
            String to = matches.get(0);
            long rivals = dropped.stream().filter(other -> compatible(before.tables().get(other),
                    target.tables().get(to))).count();
            if (rivals == 1) {
                RenameCandidate candidate = new RenameCandidate(RenameCandidate.Kind.TABLE, null, from, to);
                if (renames.confirm(candidate)) {
                    renameTable(from, to, new Renames.Spec(from, to));
                } else {
                    hints.add(candidate);
                }
            }
        }
    }

    private void explicitColumn(Renames.Spec spec) {
        int dot = spec.from().lastIndexOf('.');
        if (dot < 0) {
            throw invalid(spec, "the database has no table " + spec.from());
        }
        String tableName = spec.from().substring(0, dot);
        String table = findTable(target, tableName);
        if (table == null || !current.tables().containsKey(table)) {
            String old = findTable(original, tableName);
            table = old == null ? null : renamedTables.get(old);
        }
        if (table == null || !current.tables().containsKey(table) || !target.tables().containsKey(table)) {
            throw invalid(spec, "there is no table " + spec.from() + " in the database, and no table " + tableName
                    + " in both the database and the entities (a schema no entity uses is read only when --schemas"
                    + " lists it)");
        }
        String from = columnName(current.tables().get(table), spec.from().substring(dot + 1));
        String to = columnName(target.tables().get(table), spec.to());
        if (from == null || target.tables().get(table).column(from).isPresent()) {
            throw invalid(spec, from == null ? "the database has no column " + table + "." + spec.from().substring(dot + 1)
                    : "the entities still have the column " + table + "." + from);
        }
        if (to == null || current.tables().get(table).column(to).isPresent()) {
            throw invalid(spec, to == null ? "the entities have no column " + table + "." + spec.to()
                    : "the database already has the column " + table + "." + to);
        }
        renameColumn(table, from, to);
    }

    private void renameColumn(String table, String from, String to) {
        changes.add(Change.of(new RenameColumn(table, from, to)));
        ColumnDef column = current.tables().get(table).column(from).orElseThrow();
        if (column.isIdentity()) {
            String schema = PostgresIdentifiers.schemaOf(table);
            renameSequence(qualify(schema, identitySequence(table, from)), qualify(schema, identitySequence(table, to)),
                    false);
        }
        current = ModelRenamer.renameColumn(rules, current, table, from, to);
    }

    private void columnCandidates() {
        for (Map.Entry<String, TableModel> entry : target.tables().entrySet()) {
            TableModel existing = current.tables().get(entry.getKey());
            if (existing == null) {
                continue;
            }
            TableModel wanted = entry.getValue();
            List<ColumnDef> dropped = existing.columns().stream().filter(c -> wanted.column(c.name()).isEmpty()).toList();
            List<ColumnDef> added = wanted.columns().stream().filter(c -> existing.column(c.name()).isEmpty()).toList();
            List<RenameCandidate> pairs = new ArrayList<>();
            for (ColumnDef from : dropped) {
                for (ColumnDef to : added) {
                    if (compatible(from, to)) {
                        pairs.add(new RenameCandidate(RenameCandidate.Kind.COLUMN, entry.getKey(), from.name(), to.name()));
                    }
                }
            }
            if (pairs.size() == 1) {
                RenameCandidate candidate = pairs.get(0);
                if (renames.confirm(candidate)) {
                    renameColumn(entry.getKey(), candidate.from(), candidate.to());
                } else {
                    hints.add(candidate);
                }
            }
        }
    }

    private boolean compatible(ColumnDef a, ColumnDef b) {
        return rules.sameType(a.type(), b.type()) && a.nullable() == b.nullable();
    }

    private boolean compatible(TableModel a, TableModel b) {
        return Objects.equals(PostgresIdentifiers.schemaOf(a.name()), PostgresIdentifiers.schemaOf(b.name()))
                && signature(a).equals(signature(b));
    }

    private Set<String> signature(TableModel table) {
        return table.columns().stream().map(c -> c.name() + " " + rules.canonicalType(c.type()))
                .collect(Collectors.toSet());
    }

    private static String identitySequence(String table, String column) {
        return PostgresIdentifiers.defaultConstraintName(table, column, "seq");
    }

    /** The model's name of a table as a user wrote it: exact, without the current schema, or in lower case. */
    private String findTable(SchemaModel model, String name) {
        if (name == null) {
            return null;
        }
        String bare = withoutCurrentSchema(name);
        if (model.tables().containsKey(bare)) {
            return bare;
        }
        String lower = PostgresIdentifiers.fold(bare);
        return model.tables().containsKey(lower) ? lower : null;
    }

    private static String columnName(TableModel table, String name) {
        if (table.column(name).isPresent()) {
            return name;
        }
        String lower = PostgresIdentifiers.fold(name);
        return table.column(lower).isPresent() ? lower : null;
    }

    /** A new table name in the old one's schema unless it names its own; the current schema left implicit. */
    private String qualifyLike(String from, String to) {
        String name = withoutCurrentSchema(to);
        if (name.contains(".") || !name.equals(to)) {
            return name;
        }
        return qualify(PostgresIdentifiers.schemaOf(from), name);
    }

    private String withoutCurrentSchema(String name) {
        String prefix = renames.currentSchema() + ".";
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    private static String qualify(String schema, String name) {
        return PostgresIdentifiers.qualify(schema, name);
    }

    private static AutogenException invalid(Renames.Spec spec, String reason) {
        return new AutogenException(ErrorCode.CONFIGURATION, "Cannot apply --rename " + spec + ": " + reason
                + ". Write old=new for a table or table.old=new for a column, with the names the database"
                + " and the entities use.");
    }
}
