package dev.autogen.diff;

import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AddColumnExpression;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.DropColumnExpression;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes of one table's stored generated columns ({@code GENERATED ALWAYS AS (...) STORED}),
 * which PostgreSQL 15 cannot alter in place. A generated column that is dropped, whose expression or
 * type changes, or whose expression reads a column whose type changes, is dropped before any other
 * column (a column it reads cannot be dropped or retyped while it exists) and added after the
 * table's other column changes; its values are computed again, so nothing is lost. A generated
 * column that becomes ordinary keeps its values ({@code DROP EXPRESSION}, before any column is
 * dropped); an ordinary column that becomes generated is dropped and added again last, losing the
 * values it held (a REVIEW note). Expressions are compared by the
 * {@linkplain ComparisonRules#sameExpression comparison rules}, so the catalog's
 * {@code (price * (qty)::numeric)} equals Hibernate's {@code price * qty}.
 *
 * @param firstDrops  changes that run before the table's other column drops
 * @param expressionDrops changes that run before any column is dropped, with the constraint drops
 * @param lastAdds    changes that run after the table's other column changes
 * @param rebuilt     the columns dropped or added here, which the ordinary comparison skips
 */
record GeneratedColumns(List<Change> firstDrops, List<Change> expressionDrops, List<Change> lastAdds,
                        Set<String> rebuilt) {

    /** Compares the generated columns of a table present in both models. */
    static GeneratedColumns compare(ComparisonRules rules, TableModel target, TableModel current) {
        List<Change> drops = new ArrayList<>();
        List<Change> expressionDrops = new ArrayList<>();
        List<Change> adds = new ArrayList<>();
        Set<String> rebuilt = new HashSet<>();
        String table = target.name();
        for (ColumnDef existing : current.columns()) {
            ColumnDef wanted = target.column(existing.name()).orElse(null);
            if (wanted == null && existing.isGenerated()) {
                drops.add(Change.of(new DropColumn(table, existing.name(), existing)));
                rebuilt.add(existing.name());
            } else if (wanted != null && existing.isGenerated() && wanted.isGenerated()
                    && needsRebuild(rules, target, wanted, current, existing)) {
                drops.add(Change.of(new DropColumn(table, existing.name(), existing)));
                adds.add(Change.of(new AddColumn(table, wanted)));
                rebuilt.add(existing.name());
            } else if (wanted != null && existing.isGenerated() && !wanted.isGenerated()) {
                expressionDrops.add(new Change(new DropColumnExpression(table, existing.name(), existing), null,
                        "the downgrade replaces the values of " + table + "." + existing.name()
                                + " by ones computed from " + existing.generatedAs()
                                + "; values written since this revision are lost"));
            } else if (wanted != null && !existing.isGenerated() && wanted.isGenerated()) {
                adds.add(new Change(new AddColumnExpression(table, wanted), "replaces the values stored in " + table
                        + "." + wanted.name() + " by ones computed from " + wanted.generatedAs()
                        + "; the values it holds now are lost", null));
            }
        }
        for (ColumnDef wanted : target.columns()) {
            if (wanted.isGenerated() && current.column(wanted.name()).isEmpty()) {
                adds.add(Change.of(new AddColumn(table, wanted)));
                rebuilt.add(wanted.name());
            }
        }
        return new GeneratedColumns(drops, expressionDrops, adds, rebuilt);
    }

    /**
     * The two columns to compare for the changes an ordinary column can take in place (type,
     * nullability, default, comment), each as an ordinary column: a column that gains or loses its
     * expression is compared as the ordinary column it is before the expression is added, or after
     * it is dropped.
     */
    static Map.Entry<ColumnDef, ColumnDef> comparable(ColumnDef target, ColumnDef current) {
        if (target.isGenerated() == current.isGenerated()) {
            return Map.entry(target, current);
        }
        return Map.entry(target.generatedAs(null), current.generatedAs(null));
    }

    private static boolean needsRebuild(ComparisonRules rules, TableModel target, ColumnDef wanted, TableModel current, ColumnDef existing) {
        if (!rules.sameExpression(wanted.generatedAs(), existing.generatedAs())
                || !rules.sameType(wanted.type(), existing.type())) {
            return true;
        }
        List<String> names = current.columns().stream().map(ColumnDef::name).toList();
        return rules.referencedColumns(existing.generatedAs(), names).stream().anyMatch(name -> {
            ColumnDef before = current.column(name).orElseThrow();
            return target.column(name).map(after -> !rules.sameType(after.type(), before.type())).orElse(true);
        });
    }
}
