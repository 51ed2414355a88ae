package dev.autogen.runtime.dialect.mariadb;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.PostgresIdentifiers;

/**
 * MariaDB's rules for names and text in SQL: every identifier quoted with backticks (a backtick in it
 * doubled), names of at most {@value #MAX_LENGTH} characters, and string literals that no text can break
 * out of. Qualified names arrive in the notation of the operation records ({@code schema.name}, see
 * {@link PostgresIdentifiers#qualify}); on MariaDB the schema is a database. The same quoting serves
 * MySQL 8.
 */
public final class MariaDbIdentifiers {
    /** MariaDB refuses longer identifiers (error 1059, "Identifier name is too long") instead of shortening them. */
    public static final int MAX_LENGTH = 64;

    private MariaDbIdentifiers() {
    }

    /**
     * The identifier in backticks, a backtick in it doubled.
     *
     * @throws AutogenException when it is longer than {@value #MAX_LENGTH} characters or empty
     */
    public static String quote(String identifier) {
        int length = identifier.codePointCount(0, identifier.length());
        if (length > MAX_LENGTH) {
            throw new AutogenException(ErrorCode.MIGRATION_FAILED, "The name " + identifier + " has " + length
                    + " characters; MariaDB allows at most " + MAX_LENGTH + " and refuses longer ones (error 1059)"
                    + " instead of shortening them. Give the table, column, index or constraint a name of at most "
                    + MAX_LENGTH + " characters (in the entity, e.g. @Table(name = ...), @Column(name = ...),"
                    + " @Index(name = ...), and in the migration).");
        }
        if (length == 0) {
            throw new AutogenException(ErrorCode.MIGRATION_FAILED, "A migration names an object with the empty"
                    + " string; MariaDB needs a name of 1 to " + MAX_LENGTH + " characters.");
        }
        return '`' + identifier.replace("`", "``") + '`';
    }

    /** A name in the records' notation ({@code schema.name} or {@code name}) as SQL: {@code `schema`.`name`}. */
    public static String quoteQualified(String qualifiedName) {
        String schema = PostgresIdentifiers.schemaOf(qualifiedName);
        String name = PostgresIdentifiers.nameOf(qualifiedName);
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** The schema (database) part of a name in the records' notation, or {@code null} for the connection's database. */
    public static String schemaOf(String qualifiedName) {
        return PostgresIdentifiers.schemaOf(qualifiedName);
    }

    /** The name part of a name in the records' notation. */
    public static String nameOf(String qualifiedName) {
        return PostgresIdentifiers.nameOf(qualifiedName);
    }

    /**
     * The text as a string literal: each backslash and each single quote doubled, and NUL, line feed,
     * carriage return, tab, backspace and Ctrl-Z written with their escapes ({@code \0 \n \r \t \b \Z}),
     * so that a script keeps them (the {@code mariadb} client drops a carriage return before a line feed)
     * and no line of it hides text. Under MariaDB's default {@code sql_mode} the literal means exactly the
     * text. Under {@code NO_BACKSLASH_ESCAPES} a backslash is stored twice (and an escape as its two
     * characters), but no quote can close the literal early in either mode: a quote is always doubled and
     * a backslash never stands before a lone quote.
     */
    public static String literal(String text) {
        StringBuilder sql = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'' -> sql.append("''");
                case '\\' -> sql.append("\\\\");
                case '\0' -> sql.append("\\0");
                case '\n' -> sql.append("\\n");
                case '\r' -> sql.append("\\r");
                case '\t' -> sql.append("\\t");
                case '\b' -> sql.append("\\b");
                case '\u001A' -> sql.append("\\Z");
                default -> sql.append(c);
            }
        }
        return sql.append('\'').toString();
    }
}
