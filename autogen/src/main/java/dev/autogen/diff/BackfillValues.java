package dev.autogen.diff;

import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.schema.TableModel;

import java.util.Optional;

/**
 * What one database answers when {@link Backfills} chooses the value for rows that a new {@code NOT
 * NULL} column, or a column that becomes {@code NOT NULL}, must be given: the SQL of each candidate
 * value, spelled for that database.
 */
public interface BackfillValues {
    /** The query of the smallest key the single-column foreign key references. */
    String smallestReference(ForeignKeyDef foreignKey);

    /** The zero of Java's primitives for a boolean or numeric column, which needs no review; empty for others. */
    Optional<String> zero(ColumnDef column);

    /** The first value an enumerated column allows (its check's or its type's), as a literal. */
    Optional<String> firstAllowedValue(TableModel table, ColumnDef column);

    /** A placeholder of the column's type that a reviewer must confirm, such as {@code ''}; empty when none fits. */
    Optional<String> placeholder(ColumnDef column);
}
