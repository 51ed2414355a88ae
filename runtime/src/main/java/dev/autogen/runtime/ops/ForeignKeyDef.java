package dev.autogen.runtime.ops;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name              the constraint name
 * @param columns           the referencing columns in order
 * @param referencedTable   the referenced table, optionally schema-qualified
 * @param referencedColumns the referenced columns, in the order matching {@code columns}
 * @param onDelete          what happens when a referenced row is deleted
 */
public record ForeignKeyDef(String name, List<String> columns, String referencedTable,
                            List<String> referencedColumns, ForeignKeyAction onDelete) {
    /** Validates the definition. */
    public ForeignKeyDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        referencedColumns = referencedColumns == null ? List.of() : List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ForeignKeyAction.NO_ACTION : onDelete;
    }

    /** This key, pointing at the given table and columns. */
    public ForeignKeyDef references(String table, String... referencedColumnNames) {
        return new ForeignKeyDef(name, columns, table, List.of(referencedColumnNames), onDelete);
    }

    /** This key with the given delete action. */
    public ForeignKeyDef onDelete(ForeignKeyAction action) {
        return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, action);
    }
}
