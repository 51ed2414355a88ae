package dev.autogen.entity;

import dev.autogen.runtime.dialect.PostgresIdentifiers;

/** PostgreSQL's {@link NamingRules}: today's {@link StoredNames} and {@link PostgresIdentifiers}. */
final class PostgresNamingRules implements NamingRules {
    static final PostgresNamingRules INSTANCE = new PostgresNamingRules();

    private PostgresNamingRules() {
    }

    @Override
    public String storedName(String text, boolean quoted, String what) {
        return StoredNames.of(text, quoted, what);
    }

    @Override
    public String storedNameOfText(String name, String what) {
        return StoredNames.ofText(name, what);
    }

    @Override
    public int maxLength() {
        return PostgresIdentifiers.MAX_LENGTH;
    }

    @Override
    public String describeMaxLength() {
        return PostgresIdentifiers.MAX_LENGTH + " bytes";
    }

    @Override
    public String primaryKeyName(String table, String name) {
        return PostgresIdentifiers.primaryKeyName(table, name);
    }

    @Override
    public String defaultConstraintName(String table, String column, String label) {
        return PostgresIdentifiers.defaultConstraintName(table, column, label);
    }
}
