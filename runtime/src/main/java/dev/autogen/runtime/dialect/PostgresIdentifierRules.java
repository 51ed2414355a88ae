package dev.autogen.runtime.dialect;

/** {@link Identifiers} of PostgreSQL: the rules of {@link PostgresIdentifiers}, as an object a dialect hands out. */
final class PostgresIdentifierRules implements Identifiers {
    static final PostgresIdentifierRules INSTANCE = new PostgresIdentifierRules();

    private PostgresIdentifierRules() {
    }

    @Override
    public String quote(String identifier) {
        return PostgresIdentifiers.quote(identifier);
    }

    @Override
    public String quoteQualified(String qualifiedName) {
        return PostgresIdentifiers.quoteQualified(qualifiedName);
    }

    @Override
    public String qualify(String schema, String name) {
        return PostgresIdentifiers.qualify(schema, name);
    }

    @Override
    public String schemaOf(String qualifiedName) {
        return PostgresIdentifiers.schemaOf(qualifiedName);
    }

    @Override
    public String nameOf(String qualifiedName) {
        return PostgresIdentifiers.nameOf(qualifiedName);
    }

    @Override
    public String fold(String identifier) {
        return PostgresIdentifiers.fold(identifier);
    }

    /** {@value PostgresIdentifiers#MAX_LENGTH} bytes of UTF-8. */
    @Override
    public int maxLength() {
        return PostgresIdentifiers.MAX_LENGTH;
    }

    @Override
    public boolean fits(String name) {
        return PostgresIdentifiers.fits(name);
    }

    @Override
    public String literal(String text) {
        return PostgresIdentifiers.literal(text);
    }
}
