package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.dialect.Identifiers;
import dev.autogen.runtime.dialect.PostgresIdentifiers;

/**
 * {@link Identifiers} of MariaDB: the rules of {@link MariaDbIdentifiers} as an object the dialect hands
 * out. Qualified names keep the operation records' notation ({@code schema.name}), the schema being a
 * database; an unquoted name is kept as written (MariaDB folds no case of its own on Linux).
 */
final class MariaDbIdentifierRules implements Identifiers {
    static final MariaDbIdentifierRules INSTANCE = new MariaDbIdentifierRules();

    private MariaDbIdentifierRules() {
    }

    @Override
    public String quote(String identifier) {
        return MariaDbIdentifiers.quote(identifier);
    }

    @Override
    public String quoteQualified(String qualifiedName) {
        return MariaDbIdentifiers.quoteQualified(qualifiedName);
    }

    @Override
    public String qualify(String schema, String name) {
        return PostgresIdentifiers.qualify(schema, name);
    }

    @Override
    public String schemaOf(String qualifiedName) {
        return MariaDbIdentifiers.schemaOf(qualifiedName);
    }

    @Override
    public String nameOf(String qualifiedName) {
        return MariaDbIdentifiers.nameOf(qualifiedName);
    }

    @Override
    public String fold(String identifier) {
        return identifier;
    }

    /** {@value MariaDbIdentifiers#MAX_LENGTH} characters. */
    @Override
    public int maxLength() {
        return MariaDbIdentifiers.MAX_LENGTH;
    }

    @Override
    public boolean fits(String name) {
        return name.codePointCount(0, name.length()) <= MariaDbIdentifiers.MAX_LENGTH;
    }

    @Override
    public String literal(String text) {
        return MariaDbIdentifiers.literal(text);
    }
}
