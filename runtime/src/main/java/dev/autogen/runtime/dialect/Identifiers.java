package dev.autogen.runtime.dialect;

/**
 * A database's rules for names: how it quotes and qualifies them, how it stores an unquoted one, and
 * how long one may be. Neutral code spells every name it writes into SQL through these.
 */
public interface Identifiers {
    /** The identifier as SQL, quoted where the database would read it otherwise unquoted. */
    String quote(String identifier);

    /** A possibly schema-qualified name ({@code schema.name}) as SQL, each part quoted where needed. */
    String quoteQualified(String qualifiedName);

    /** The qualified name {@code schema.name}, or {@code name} alone when the schema is {@code null}. */
    String qualify(String schema, String name);

    /** The schema part of a qualified name, or {@code null} when it has none. */
    String schemaOf(String qualifiedName);

    /** The name without its schema. */
    String nameOf(String qualifiedName);

    /** An unquoted identifier as the database stores it (folded as it folds case). */
    String fold(String identifier);

    /** The longest identifier the database keeps, in the unit {@link #fits} counts. */
    int maxLength();

    /** Whether the name fits the database's identifier limit. */
    boolean fits(String name);

    /** The text as an SQL string literal. */
    String literal(String text);
}
