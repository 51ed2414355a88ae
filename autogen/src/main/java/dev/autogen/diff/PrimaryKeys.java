package dev.autogen.diff;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.PrimaryKeyDef;

/** The names of primary keys, which Hibernate leaves to the database. */
final class PrimaryKeys {
    private PrimaryKeys() {
    }

    /** The key's name, or the one PostgreSQL gives an unnamed key of the table ({@code <table>_pkey}). */
    static String name(String table, PrimaryKeyDef key) {
        return PostgresIdentifiers.primaryKeyName(table, key.name());
    }
}
