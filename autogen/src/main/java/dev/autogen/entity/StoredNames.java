package dev.autogen.entity;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import org.hibernate.boot.model.naming.Identifier;

/**
 * The name PostgreSQL stores for a name as Hibernate renders it in its SQL: an unquoted name folded
 * (ASCII letters only), a quoted one unescaped ({@code ""} is one {@code "}). A name PostgreSQL
 * would not store as written is refused: one longer than it keeps, one whose quotes do not pair up,
 * and an unquoted one that SQL would not read as one word. Hibernate writes index names without
 * quotes even when the mapping quotes them, so they are taken as unquoted.
 */
final class StoredNames {
    private StoredNames() {
    }

    /** The stored name of a Hibernate identifier. */
    static String of(Identifier identifier, String what) {
        return of(identifier.getText(), identifier.isQuoted(), what);
    }

    /** The stored name of a name that is quoted when wrapped in double quotes or backticks. */
    static String ofText(String name, String what) {
        boolean quoted = name.length() > 1
                && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"));
        return of(quoted ? name.substring(1, name.length() - 1) : name, quoted, what);
    }

    /** The stored name of a name's text, quoted as Hibernate renders it ({@code "text"}) or bare. */
    static String of(String text, boolean quoted, String what) {
        String stored = quoted ? unescape(text, what) : unquoted(text, what);
        if (!PostgresIdentifiers.fits(stored)) {
            throw new AutogenException(ErrorCode.ENTITY_MODEL, "The " + what + " is "
                    + PostgresIdentifiers.utf8Length(stored) + " bytes long in UTF-8, but PostgreSQL keeps only "
                    + PostgresIdentifiers.MAX_LENGTH + " bytes of a name and would store it as "
                    + PostgresIdentifiers.quote(PostgresIdentifiers.truncate(stored)) + ". Give it a name of at most "
                    + PostgresIdentifiers.MAX_LENGTH + " bytes in the mapping (the name of its @Table, @Column,"
                    + " @JoinTable, @CollectionTable, @Index, @SequenceGenerator or constraint).");
        }
        return stored;
    }

    private static String unescape(String text, String what) {
        if (text.replace("\"\"", "").indexOf('"') >= 0) {
            throw new AutogenException(ErrorCode.ENTITY_MODEL, "The " + what + " holds a lone double quote: Hibernate"
                    + " writes it inside double quotes as it is, which PostgreSQL cannot read. Double it (\"\") to mean"
                    + " one double quote in the name, or leave it out.");
        }
        return text.replace("\"\"", "\"");
    }

    private static String unquoted(String text, String what) {
        boolean word = !text.isEmpty() && !Character.isDigit(text.charAt(0)) && text.charAt(0) != '$'
                && text.chars().allMatch(c -> c == '_' || c == '$' || c >= 0x80 || Character.isLetterOrDigit(c));
        if (!word) {
            throw new AutogenException(ErrorCode.ENTITY_MODEL, "The " + what + " is not one SQL word, and Hibernate"
                    + " writes it into its SQL without quotes, where PostgreSQL reads it differently. Name it with"
                    + " letters, digits and underscores, or, for a table, column or schema, quote it in the mapping"
                    + " (\\\"" + text + "\\\" in a Java string); a schema goes in @Table(schema = ...).");
        }
        return PostgresIdentifiers.fold(text);
    }
}
