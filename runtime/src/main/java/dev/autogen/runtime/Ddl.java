package dev.autogen.runtime;

import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.UniqueDef;

import java.util.List;

/**
 * Static factories for the definitions that {@link Operations} takes. Migrations import them
 * statically: {@code column("due_at", "timestamp(6)").notNull()}.
 */
public final class Ddl {
    private Ddl() {
    }

    /** A nullable column of the given SQL type; refine it with {@code notNull()}, {@code defaultValue(...)}, {@code generatedByDefaultAsIdentity()} and so on. */
    public static ColumnDef column(String name, String type) {
        return ColumnDef.of(name, type);
    }

    /** A primary key on the given columns, named by the database ({@code <table>_pkey}). */
    public static PrimaryKeyDef primaryKey(String... columns) {
        return new PrimaryKeyDef(null, List.of(columns));
    }

    /** A named unique constraint on the given columns. */
    public static UniqueDef unique(String name, String... columns) {
        return new UniqueDef(name, List.of(columns));
    }

    /** A named check constraint; the expression is SQL without the {@code CHECK} keyword. */
    public static CheckDef check(String name, String expression) {
        return new CheckDef(name, expression);
    }

    /** A non-unique index on the given columns. */
    public static IndexDef index(String name, String... columns) {
        return new IndexDef(name, List.of(columns), false);
    }

    /** A unique index on the given columns. */
    public static IndexDef uniqueIndex(String name, String... columns) {
        return new IndexDef(name, List.of(columns), true);
    }

    /** A foreign key from the given columns; complete it with {@code references(table, columns...)}. */
    public static ForeignKeyDef foreignKey(String name, String... columns) {
        return new ForeignKeyDef(name, List.of(columns), null, List.of(), null);
    }

    /** A sequence starting at 1 with increment 1; refine it with {@code startWith} and {@code incrementBy}. */
    public static SequenceDef sequence(String name) {
        return new SequenceDef(name, 1, 1);
    }

    /** A native enumerated type with these labels, in this order. */
    public static EnumTypeDef enumType(String name, String... values) {
        return new EnumTypeDef(name, List.of(values));
    }

    /** A column that uses a native enumerated type. */
    public static EnumColumn enumColumn(String table, String column) {
        return new EnumColumn(table, column);
    }

    /** A column that uses a native enumerated type and has a default, which a rebuild of the type sets again. */
    public static EnumColumn enumColumn(String table, String column, String defaultValue) {
        return new EnumColumn(table, column, defaultValue);
    }
}
