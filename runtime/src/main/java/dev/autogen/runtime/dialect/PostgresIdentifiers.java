package dev.autogen.runtime.dialect;

import dev.autogen.runtime.VisibleText;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL identifier rules: folding unquoted names, quoting where a name is not a plain lower-case
 * word or is reserved, writing and splitting schema-qualified names, the 63-byte limit, and the names
 * PostgreSQL chooses for unnamed constraints.
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

    /**
     * The text as an SQL string literal that means the same under either setting of
     * {@code standard_conforming_strings}: single quotes doubled, and a text that holds a backslash
     * written as an escape string ({@code E'...'}) with its backslashes doubled too. A text without a
     * backslash keeps its plain form, so the SQL of ordinary migrations (and their checksums) is unchanged.
     */
    public static String literal(String text) {
        String quoted = text.replace("'", "''");
        if (text.indexOf('\\') < 0) {
            return "'" + quoted + "'";
        }
        return "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    /**
     * The text as an SQL string literal, like {@link #literal}, that also keeps every line of the SQL
     * visible: a text with a control, format or other hidden character (see
     * {@link dev.autogen.runtime.VisibleText}) is written as an escape string with that character as
     * {@code \n}, {@code \xHH} or <code>&#92;uXXXX</code>. For text that is stored, not run, such as the
     * history rows of an offline script; an escape above U+007F needs a UTF-8 database.
     */
    public static String visibleLiteral(String text) {
        if (VisibleText.firstHidden(text) < 0) {
            return literal(text);
        }
        StringBuilder sql = new StringBuilder("E'");
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\'' || codePoint == '\\') {
                sql.appendCodePoint(codePoint).appendCodePoint(codePoint);
            } else if (codePoint == '\n') {
                sql.append("\\n");
            } else if (!VisibleText.isHidden(codePoint)) {
                sql.appendCodePoint(codePoint);
            } else if (codePoint < 0x80) {
                sql.append(String.format("\\x%02X", codePoint));
            } else if (codePoint < 0x10000) {
                sql.append(String.format("\\u%04X", codePoint));
            } else {
                sql.append(String.format("\\U%08X", codePoint));
            }
        });
        return sql.append('\'').toString();
    }

    /** The identifier as SQL: bare when it is a plain lower-case word, otherwise double-quoted. */
    public static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * A possibly schema-qualified name as SQL, each part quoted where needed. The name is written
     * in the notation of {@link #qualify}: {@code schema.table}, a part that holds a dot or a double
     * quote written in double quotes.
     */
    public static String quoteQualified(String qualifiedName) {
        String schema = schemaOf(qualifiedName);
        String name = nameOf(qualifiedName);
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /**
     * A table or sequence name with its schema ({@code null} for none) as one string: {@code schema.name},
     * where a part that holds a dot or a double quote is written in double quotes, inner double quotes
     * doubled, as PostgreSQL writes it. Names without either character keep their exact spelling.
     */
    public static String qualify(String schema, String name) {
        return schema == null ? part(name) : part(schema) + "." + part(name);
    }

    private static String part(String name) {
        return name.indexOf('.') < 0 && !name.startsWith("\"") ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The schema part of a name written as {@link #qualify} writes it, or {@code null} when the name is not qualified. */
    public static String schemaOf(String qualifiedName) {
        int end = endOfFirstPart(qualifiedName);
        return end < qualifiedName.length() ? unquotePart(qualifiedName.substring(0, end)) : null;
    }

    /** The name part of a name written as {@link #qualify} writes it, or the whole name unquoted when it is not qualified. */
    public static String nameOf(String qualifiedName) {
        int end = endOfFirstPart(qualifiedName);
        return unquotePart(end < qualifiedName.length() ? qualifiedName.substring(end + 1) : qualifiedName);
    }

    /** Where the first part ends: at the dot after it, or at the end of the text. */
    private static int endOfFirstPart(String qualifiedName) {
        if (!qualifiedName.startsWith("\"")) {
            int dot = qualifiedName.indexOf('.');
            return dot < 0 ? qualifiedName.length() : dot;
        }
        int i = 1;
        while (i < qualifiedName.length()) {
            if (qualifiedName.charAt(i) == '"') {
                if (i + 1 < qualifiedName.length() && qualifiedName.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i + 1 < qualifiedName.length() && qualifiedName.charAt(i + 1) == '.' ? i + 1 : qualifiedName.length();
            }
            i++;
        }
        return qualifiedName.length();
    }

    private static String unquotePart(String part) {
        if (part.length() >= 2 && part.startsWith("\"") && part.endsWith("\"")) {
            return part.substring(1, part.length() - 1).replace("\"\"", "\"");
        }
        return part;
    }

    /**
     * An unquoted identifier as PostgreSQL stores it: ASCII {@code A}–{@code Z} folded to lower case,
     * every other character, non-ASCII letters included, left as it is (its {@code downcase_identifier}
     * in a UTF-8 database).
     */
    public static String fold(String identifier) {
        StringBuilder folded = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }

    /** Whether the name fits in the {@value #MAX_LENGTH} bytes of UTF-8 PostgreSQL keeps of an identifier. */
    public static boolean fits(String name) {
        return utf8Length(name) <= MAX_LENGTH;
    }

    /** What PostgreSQL keeps of an identifier: its first {@value #MAX_LENGTH} bytes of UTF-8, cut between characters. */
    public static String truncate(String name) {
        return clipToBytes(name, MAX_LENGTH);
    }

    /** The length of the name in bytes of UTF-8, the unit PostgreSQL's limit counts in. */
    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Whether the word is reserved in PostgreSQL and must be quoted as an identifier. */
    public static boolean isReserved(String word) {
        return RESERVED.contains(fold(word));
    }

    /** The primary key's name: {@code name}, or the one PostgreSQL gives an unnamed key ({@code <table>_pkey}). */
    public static String primaryKeyName(String table, String name) {
        return name != null ? name : defaultConstraintName(table, null, "pkey");
    }

    /**
     * The name of the helper check that {@code setNotNullViaCheck} adds and drops again:
     * {@code <table>_<column>_not_null}, shortened to fit 63 bytes as PostgreSQL shortens its own names.
     */
    public static String notNullCheckName(String table, String column) {
        return defaultConstraintName(table, column, "not_null");
    }

    /**
     * The name PostgreSQL gives an unnamed constraint, following its {@code makeObjectName}: the
     * parts joined by underscores, the longer part shortened until the whole fits in 63 bytes of
     * UTF-8, each part cut only between characters. The table is named as {@link #qualify} writes
     * it; its schema, if any, takes no part.
     */
    public static String defaultConstraintName(String table, String column, String label) {
        String first = nameOf(table);
        String second = column;
        int overhead = utf8Length(label) + 1 + (second == null ? 0 : 1);
        int available = MAX_LENGTH - overhead;
        int firstLength = utf8Length(first);
        int secondLength = second == null ? 0 : utf8Length(second);
        while (firstLength + secondLength > available) {
            if (firstLength > secondLength) {
                firstLength--;
            } else {
                secondLength--;
            }
        }
        StringBuilder name = new StringBuilder(clipToBytes(first, firstLength));
        if (second != null) {
            name.append('_').append(clipToBytes(second, secondLength));
        }
        return name.append('_').append(label).toString();
    }

    /** The longest prefix of the text whose UTF-8 form has at most {@code maxBytes} bytes. */
    private static String clipToBytes(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
