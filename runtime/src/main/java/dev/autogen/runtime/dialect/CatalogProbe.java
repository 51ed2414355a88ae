package dev.autogen.runtime.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the runtime looks up in a live database's catalog before it runs a migration: whether the
 * tables, sequences and indexes a pending migration creates exist already, and in what state an index
 * that a statement builds or drops outside a transaction is.
 */
public interface CatalogProbe {
    /** What the catalog holds under an index's name on its table. */
    enum IndexState {
        /** No such index. */
        ABSENT,
        /** The index exists and is usable. */
        VALID,
        /** The index exists but a failed concurrent build left it unusable. */
        INVALID
    }

    /**
     * A table, view or sequence ({@code index} is {@code null}), or an index on a table, named as the
     * operation records name them.
     *
     * @param table the relation, or the table the index is on, {@code schema.name} or unqualified
     * @param index the index's name, or {@code null} for the relation itself
     */
    record SchemaObject(String table, String index) {
        public SchemaObject {
            Objects.requireNonNull(table, "table");
        }

        /** A table, view or sequence. */
        public static SchemaObject relation(String qualifiedName) {
            return new SchemaObject(qualifiedName, null);
        }

        /** An index on a table. */
        public static SchemaObject index(String table, String name) {
            return new SchemaObject(table, Objects.requireNonNull(name, "name"));
        }
    }

    /**
     * The object's identity on this database: two objects with the same key are one object. It follows
     * the database's namespaces, such as whether index names are per schema or per table.
     */
    String key(SchemaObject object);

    /**
     * The keys of the objects that exist now. An unqualified name is looked up in the session's current
     * schema only, where its creation puts it; an INVALID index does not count.
     */
    Set<String> existing(Connection connection, List<SchemaObject> objects) throws SQLException;

    /** The state of the index on the table. */
    IndexState indexState(Connection connection, String table, String index) throws SQLException;

    /** The name of the index behind the table's primary key, given the key's own name ({@code null} when it has none). */
    String primaryKeyIndex(String table, String primaryKey);
}
