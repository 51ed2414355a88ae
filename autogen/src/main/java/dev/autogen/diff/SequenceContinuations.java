package dev.autogen.diff;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the sequences that take over from an identity column, or that an identity column takes over
 * from, so that the sequence, when created, continues after the column's largest value instead of
 * handing out ids the table already holds.
 *
 * <p>A column that stops being an identity column is paired with a sequence the same diff creates:
 * the one named after its table as Hibernate names an entity's sequence ({@code item_seq} for
 * {@code item}), or else the only one, when exactly one column stops being an identity column and
 * exactly one sequence is created. A column that becomes an identity column is paired the same way
 * with a sequence the diff drops, for the downgrade that re-creates it.
 */
final class SequenceContinuations {

    private SequenceContinuations() {
    }

    /** The column each created sequence continues after, by sequence name. */
    static Map<String, ContinueAfter> created(SchemaModel target, SchemaModel current) {
        return pair(columns(target, current, true), names(target.sequences().keySet(), current.sequences().keySet()));
    }

    /** The column each dropped sequence continues after when a downgrade re-creates it, by sequence name. */
    static Map<String, ContinueAfter> dropped(SchemaModel target, SchemaModel current) {
        return pair(columns(target, current, false), names(current.sequences().keySet(), target.sequences().keySet()));
    }

    private static List<String> names(Set<String> in, Set<String> notIn) {
        return in.stream().filter(name -> !notIn.contains(name)).toList();
    }

    private static List<ContinueAfter> columns(SchemaModel target, SchemaModel current, boolean losesIdentity) {
        List<ContinueAfter> columns = new ArrayList<>();
        target.tables().forEach((name, targetTable) -> {
            TableModel currentTable = current.tables().get(name);
            if (currentTable == null) {
                return;
            }
            for (ColumnDef column : targetTable.columns()) {
                currentTable.column(column.name()).filter(before -> losesIdentity
                                ? before.isIdentity() && !column.isIdentity()
                                : !before.isIdentity() && column.isIdentity())
                        .ifPresent(before -> columns.add(new ContinueAfter(name, column.name())));
            }
        });
        return columns;
    }

    private static Map<String, ContinueAfter> pair(List<ContinueAfter> columns, List<String> sequences) {
        Map<String, ContinueAfter> pairs = new TreeMap<>();
        for (ContinueAfter column : columns) {
            String named = PostgresIdentifiers.qualify(PostgresIdentifiers.schemaOf(column.table()),
                    PostgresIdentifiers.nameOf(column.table()) + "_seq");
            sequences.stream().filter(sequence -> Objects.equals(sequence, named)).findFirst()
                    .ifPresent(sequence -> pairs.put(sequence, column));
        }
        if (pairs.isEmpty() && columns.size() == 1 && sequences.size() == 1) {
            pairs.put(sequences.get(0), columns.get(0));
        }
        return pairs;
    }
}
