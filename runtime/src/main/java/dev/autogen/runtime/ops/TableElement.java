package dev.autogen.runtime.ops;

/** A part of a table definition that {@code createTable} accepts: a column or a table constraint. */
public sealed interface TableElement permits ColumnDef, PrimaryKeyDef, UniqueDef, CheckDef {
}
