package dev.autogen.runtime;

import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ForeignKeyDef;
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

    /** Creates a sequence. */
    void createSequence(SequenceDef sequence);

    /** Drops a sequence. */
    void dropSequence(String sequence);

    /** Runs hand-written SQL, for data fixes or anything the other operations do not cover. */
    void execute(String sql);

    /** Adds any operation record, for example one built by a tool. */
    void add(MigrationOperation operation);
}
