package dev.autogen.runtime.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL identifier rules: quoting where a name is not a plain lower-case word or is reserved,
 * splitting schema-qualified names, and the names PostgreSQL chooses for unnamed constraints.
 */
public final class PostgresIdentifiers {
    /** PostgreSQL truncates identifiers to this many bytes. */
    public static final int MAX_LENGTH = 63;

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    private PostgresIdentifiers() {
    }

    /** The identifier as SQL: bare when it is a plain lower-case word, otherwise double-quoted. */
    public static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A possibly schema-qualified name ({@code schema.table}) as SQL, each part quoted where needed. */
    public static String quoteQualified(String qualifiedName) {
        String schema = schemaOf(qualifiedName);
        String name = nameOf(qualifiedName);
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** The schema part of {@code schema.name}, or {@code null} when the name is not qualified. */
    public static String schemaOf(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        return dot < 0 ? null : qualifiedName.substring(0, dot);
    }

    /** The name part of {@code schema.name}, or the whole name when it is not qualified. */
    public static String nameOf(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        return dot < 0 ? qualifiedName : qualifiedName.substring(dot + 1);
    }

    /** Whether the word is reserved in PostgreSQL and must be quoted as an identifier. */
    public static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The name PostgreSQL gives an unnamed constraint, following its {@code makeObjectName}: the
     * parts joined by underscores, the longer part shortened until the whole fits in 63 bytes.
     */
    public static String defaultConstraintName(String table, String column, String label) {
        String first = nameOf(table);
        String second = column;
        int overhead = label.length() + 1 + (second == null ? 0 : 1);
        int available = MAX_LENGTH - overhead;
        int firstLength = first.length();
        int secondLength = second == null ? 0 : second.length();
        while (firstLength + secondLength > available) {
            if (firstLength > secondLength) {
                firstLength--;
            } else {
                secondLength--;
            }
        }
        StringBuilder name = new StringBuilder(first.substring(0, firstLength));
        if (second != null) {
            name.append('_').append(second, 0, secondLength);
        }
        return name.append('_').append(label).toString();
    }
}
