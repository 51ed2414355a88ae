package dev.autogen.runtime;

import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.EnumColumn;
import dev.autogen.runtime.ops.EnumTypeDef;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ContinueAfter;
import dev.autogen.runtime.ops.CreateSequence;
import dev.autogen.runtime.ops.ForeignKeyDef;
import dev.autogen.runtime.ops.Identity;
import dev.autogen.runtime.ops.IndexDef;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.PrimaryKeyDef;
import dev.autogen.runtime.ops.SequenceDef;
import dev.autogen.runtime.ops.TableElement;
import dev.autogen.runtime.ops.UniqueDef;

/**
 * What a {@link Migration} can do to the schema. Build the definitions with the factories in
 * {@link Ddl}. Table names may be schema-qualified ({@code "billing.invoice"}); every name is the
 * exact identifier the database stores and is quoted in SQL only where needed.
 */
public interface Operations {
    /** Creates a table from columns and inline constraints (primary key, uniques, checks). */
    void createTable(String table, TableElement... elements);

    /** Drops a table and everything defined on it. */
    void dropTable(String table);

    /** Adds a column. */
    void addColumn(String table, ColumnDef column);

    /** Drops a column. */
    void dropColumn(String table, String column);

    /** Adds a primary key to an existing table. */
    void addPrimaryKey(String table, PrimaryKeyDef primaryKey);

    /** Drops the primary key of a table, named as the database stores it. */
    void dropPrimaryKey(String table, String constraintName);

    /** Adds a unique constraint. */
    void addUnique(String table, UniqueDef unique);

    /** Drops a unique constraint. */
    void dropUnique(String table, String constraintName);

    /** Adds a check constraint. */
    void addCheck(String table, CheckDef check);

    /** Drops a check constraint. */
    void dropCheck(String table, String constraintName);

    /** Creates an index on a table. */
    void createIndex(String table, IndexDef index);

    /** Drops an index of a table. */
    void dropIndex(String table, String indexName);

    /** Adds a foreign key. */
    void addForeignKey(String table, ForeignKeyDef foreignKey);

    /** Drops a foreign key. */
    void dropForeignKey(String table, String constraintName);

    /**
     * Builds an index with {@code CREATE INDEX CONCURRENTLY}: writes to the table go on during the build.
     * It runs outside a transaction, as a step of its own; an invalid index of the same name left by a
     * failed earlier run is dropped before the build.
     */
    void createIndexConcurrently(String table, IndexDef index);

    /** Drops an index with {@code DROP INDEX CONCURRENTLY}, outside a transaction, without blocking reads or writes. */
    void dropIndexConcurrently(String table, String indexName);

    /**
     * Adds a foreign key {@code NOT VALID}: new rows are checked at once, existing rows only by a later
     * {@link #validateConstraint}. The step commits on its own, so its short lock is released before the
     * validation.
     */
    void addForeignKeyNotValid(String table, ForeignKeyDef foreignKey);

    /** Adds a check constraint {@code NOT VALID}, to be validated by a later {@link #validateConstraint}; commits on its own. */
    void addCheckNotValid(String table, CheckDef check);

    /**
     * Checks the existing rows against a constraint added {@code NOT VALID}, under a lock that lets reads
     * and writes go on; commits on its own. Does nothing on a constraint that is valid already.
     */
    void validateConstraint(String table, String constraintName);

    /**
     * Declares a column {@code NOT NULL} without a scan under an exclusive lock: a helper check
     * {@code <table>_<column>_not_null} is added {@code NOT VALID} and validated, {@code SET NOT NULL}
     * then uses it instead of scanning, and the helper is dropped; each step commits on its own.
     */
    void setNotNullViaCheck(String table, String column);

    /** Like {@link #setNotNullViaCheck(String, String)}, replacing the column's {@code NULL}s with a SQL expression first. */
    void setNotNullViaCheck(String table, String column, String backfill);

    /**
     * Like {@link #setNotNullViaCheck(String, String)}, naming the column by its definition as it is before
     * the change, for databases that restate the whole column (see {@link #alterColumnType(String, ColumnDef, String)}).
     */
    void setNotNullViaCheck(String table, ColumnDef existing);

    /** Like {@link #setNotNullViaCheck(String, String, String)}, naming the column by its definition as it is before the change. */
    void setNotNullViaCheck(String table, ColumnDef existing, String backfill);

    /**
     * Adds a unique constraint whose index is built {@code CONCURRENTLY} first; the constraint then takes
     * the index over with {@code USING INDEX}, under a short lock.
     */
    void addUniqueConcurrently(String table, UniqueDef unique);

    /**
     * Adds a primary key whose index is built {@code CONCURRENTLY} first, then taken over with
     * {@code USING INDEX}. Its columns must be {@code NOT NULL} already (see {@link #setNotNullViaCheck}),
     * or that step scans the table.
     */
    void addPrimaryKeyConcurrently(String table, PrimaryKeyDef primaryKey);

    /** Creates a sequence. */
    void createSequence(SequenceDef sequence);

    /** Drops a sequence. */
    void dropSequence(String sequence);

    /**
     * Changes the type of a column. PostgreSQL converts the values where an assignment cast exists;
     * otherwise use {@link #alterColumnType(String, String, String, String)}.
     */
    void alterColumnType(String table, String column, String type);

    /** Changes the type of a column, converting each value with a SQL expression, e.g. {@code "status::integer"}. */
    void alterColumnType(String table, String column, String type, String using);

    /**
     * Changes the type of a column given by its definition as it is before the change, e.g.
     * {@code op.alterColumnType("todo", column("title", "varchar(20)").notNull(), "text")}.
     *
     * <p>The column-definition forms of the column changes exist for databases that cannot change one part
     * of a column alone and restate the whole column instead (MySQL and MariaDB: {@code ALTER TABLE ... MODIFY
     * COLUMN title text NOT NULL}); without the definition they would drop its nullability, default or
     * comment. PostgreSQL runs the same SQL as for the forms that name the column. The old value (here the old
     * type) is taken from the definition, which makes the change reversible. A backfill on the definition is
     * ignored: it describes the column as it is.
     */
    void alterColumnType(String table, ColumnDef existing, String type);

    /**
     * Changes the type of a column given by its definition as it is before the change, converting each value
     * with a SQL expression (see {@link #alterColumnType(String, ColumnDef, String)}).
     */
    void alterColumnType(String table, ColumnDef existing, String type, String using);

    /** Declares a column {@code NOT NULL}; fails when it holds {@code NULL}s. */
    void setNotNull(String table, String column);

    /** Replaces the {@code NULL}s of a column with a SQL expression, then declares it {@code NOT NULL}. */
    void setNotNull(String table, String column, String backfill);

    /** Lets a column accept {@code NULL}. */
    void dropNotNull(String table, String column);

    /** Sets the default of a column to a SQL expression. */
    void setDefault(String table, String column, String expression);

    /** Removes the default of a column. */
    void dropDefault(String table, String column);

    /**
     * Declares a column, given by its definition as it is before the change, {@code NOT NULL}, for databases
     * that restate the whole column (see {@link #alterColumnType(String, ColumnDef, String)}).
     */
    void setNotNull(String table, ColumnDef existing);

    /** Replaces the {@code NULL}s of a column given by its definition with a SQL expression, then declares it {@code NOT NULL}. */
    void setNotNull(String table, ColumnDef existing, String backfill);

    /**
     * Lets a column, given by its definition as it is before the change, accept {@code NULL}, for databases
     * that restate the whole column (see {@link #alterColumnType(String, ColumnDef, String)}).
     */
    void dropNotNull(String table, ColumnDef existing);

    /**
     * Sets the default of a column, given by its definition as it is before the change, to a SQL expression,
     * for databases that restate the whole column (see {@link #alterColumnType(String, ColumnDef, String)}).
     */
    void setDefault(String table, ColumnDef existing, String expression);

    /**
     * Removes the default of a column given by its definition as it is before the change, for databases that
     * restate the whole column (see {@link #alterColumnType(String, ColumnDef, String)}).
     */
    void dropDefault(String table, ColumnDef existing);

    /**
     * Makes a {@code NOT NULL} column an identity column; its sequence continues after the largest
     * existing value.
     */
    void addIdentity(String table, String column, Identity identity);

    /** Makes an identity column an ordinary column, keeping its values. */
    void dropIdentity(String table, String column);

    /**
     * Makes a {@code NOT NULL} column, given by its definition as it is before the change, an identity column,
     * for databases that restate the whole column (see {@link #alterColumnType(String, ColumnDef, String)}).
     */
    void addIdentity(String table, ColumnDef existing, Identity identity);

    /**
     * Makes an identity column, given by its definition as it is before the change, an ordinary column,
     * keeping its values; the definition's identity makes the change reversible.
     */
    void dropIdentity(String table, ColumnDef existing);

    /** Makes a stored generated column an ordinary column ({@code DROP EXPRESSION}), keeping its values. */
    void dropExpression(String table, String column);

    /**
     * Makes a stored generated column, given by its definition as it is before the change (with its
     * {@linkplain ColumnDef#generatedAs expression}), an ordinary column, keeping its values; the definition
     * makes the change reversible and lets databases that restate the whole column do so.
     */
    void dropExpression(String table, ColumnDef existing);

    /**
     * Makes a column a stored generated column computed by {@code column}'s
     * {@linkplain ColumnDef#generatedAs expression}: the column is dropped and added again, so the
     * values it held are replaced by computed ones.
     */
    void addExpression(String table, ColumnDef column);

    /** Sets the comment of a column; {@code null} removes it. */
    void setComment(String table, String column, String comment);

    /**
     * Sets the comment of a column given by its definition as it is before the change; {@code null} removes it.
     * For databases that restate the whole column (see {@link #alterColumnType(String, ColumnDef, String)}).
     */
    void setComment(String table, ColumnDef existing, String comment);

    /** Sets the comment of a table; {@code null} removes it. */
    void setTableComment(String table, String comment);

    /** Renames a table, keeping its rows; a new name in another schema moves the table there. */
    void renameTable(String table, String newName);

    /** Renames a column, keeping its data. */
    void renameColumn(String table, String column, String newName);

    /** Renames a primary key, unique, check or foreign key constraint. */
    void renameConstraint(String table, String constraintName, String newName);

    /** Renames an index of a table. */
    void renameIndex(String table, String indexName, String newName);

    /** Renames a sequence; the new name is qualified with the same schema, if any. */
    void renameSequence(String sequence, String newName);

    /** Sets the start and increment of an existing sequence, keeping its current value. */
    void alterSequence(SequenceDef sequence);

    /** Creates a database schema unless it exists. */
    void createSchema(String schema);

    /** Drops an empty database schema. */
    void dropSchema(String schema);

    /** Runs hand-written SQL, for data fixes or anything the other operations do not cover. */
    void execute(String sql);

    /** Creates a view from its {@code SELECT} query. */
    void createView(String view, String query);

    /** Drops a view; {@code previousQuery} is its query, so that the drop can be reversed. */
    void dropView(String view, String previousQuery);

    /**
     * Drops a view if it exists, as for a view made by hand in one database and not by the
     * migrations; {@code previousQuery} is its query, so that the drop can be reversed.
     */
    void dropViewIfExists(String view, String previousQuery);

    /** Gives a view a new query (a drop and a create); {@code previousQuery} is the one it replaces. */
    void replaceView(String view, String query, String previousQuery);

    /** Adds any operation record, for example one built by a tool. */
    void add(MigrationOperation operation);

    /**
     * Creates a sequence whose first value comes after the largest value of {@code table.column},
     * read when the migration runs: for an id column that moves from identity to this sequence, so
     * that the next insert, or the next block of ids a pooled generator takes, does not clash with
     * the rows already there.
     */
    default void createSequence(SequenceDef sequence, String table, String column) {
        add(new CreateSequence(sequence, new ContinueAfter(table, column)));
    }

    /** Creates a native enumerated type with these labels, in this order. */
    void createEnumType(String name, String... values);

    /** Drops a native enumerated type; the labels, when given, make the drop reversible. */
    void dropEnumType(String name, String... values);

    /** Creates a native enumerated type as defined, with its casts between {@code varchar} and it if it has them. */
    void createEnumType(EnumTypeDef type);

    /** Drops a native enumerated type, known by its full definition so that the drop is reversible. */
    void dropEnumType(EnumTypeDef type);

    /** Adds a label at the end of a native enumerated type. */
    void addEnumValue(String name, String value);

    /** Adds a label to a native enumerated type just before another one. */
    void addEnumValueBefore(String name, String value, String before);

    /** Adds a label to a native enumerated type just after another one. */
    void addEnumValueAfter(String name, String value, String after);

    /**
     * Replaces a native enumerated type by one with other labels or another order, converting every column
     * that uses it; rows holding a label the new type lacks make it fail, so no value is lost.
     */
    void replaceEnumType(EnumTypeDef previous, EnumTypeDef type, EnumColumn... columns);
}
