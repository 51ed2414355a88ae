package dev.autogen.dialect.mariadb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's spellings of defaults and check expressions, normalized: the catalog's {@code NULL} default of
 * a nullable column means none, {@code b'0'} is {@code 0}, the server's backticks around plain names are
 * dropped, and {@code now()} and {@code current_timestamp} are {@code current_timestamp()}.
 */
public final class MariaDbExpressions {
    private static final Pattern QUOTED_WORD = Pattern.compile("`([A-Za-z_][A-Za-z0-9_$]*)`");
    private static final Pattern BIT_LITERAL = Pattern.compile("^b'([01]+)'$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOW = Pattern.compile(
            "^(?:now|current_timestamp|localtimestamp|localtime)(?:\\s*\\(\\s*(\\d*)\\s*\\))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_VALID = Pattern.compile("^\\(*json_valid\\(`?([^`()]+)`?\\)\\)*$",
            Pattern.CASE_INSENSITIVE);

    private MariaDbExpressions() {
    }

    /**
     * A column's default as the model holds it, from the catalog's {@code COLUMN_DEFAULT}: {@code null} for
     * none, and for the {@code NULL} MariaDB reports on a column without default; a bit literal as its
     * number ({@code b'0'} is {@code 0}); anything else as the catalog spells it.
     */
    public static String columnDefault(String catalogDefault) {
        if (catalogDefault == null || catalogDefault.strip().equalsIgnoreCase("NULL")) {
            return null;
        }
        String value = catalogDefault.strip();
        Matcher bits = BIT_LITERAL.matcher(value);
        if (bits.matches()) {
            return Long.toString(Long.parseLong(bits.group(1), 2));
        }
        return value;
    }

    /**
     * A default in a canonical spelling for comparison: {@link #columnDefault} applied, {@code true} and
     * {@code false} as {@code 1} and {@code 0}, the clock functions as {@code current_timestamp(p)}, outer
     * parentheses dropped, keywords and names outside string literals in lower case.
     */
    public static String canonicalDefault(String value) {
        String normalized = columnDefault(value);
        if (normalized == null) {
            return null;
        }
        normalized = stripOuterParentheses(normalized.strip());
        if (normalized.equalsIgnoreCase("true")) {
            return "1";
        }
        if (normalized.equalsIgnoreCase("false")) {
            return "0";
        }
        Matcher now = NOW.matcher(normalized);
        if (now.matches()) {
            String precision = now.group(1);
            return "current_timestamp(" + (precision == null || precision.isEmpty() || precision.equals("0") ? ""
                    : precision) + ")";
        }
        return lowerOutsideLiterals(unquoteNames(normalized, true));
    }

    /**
     * A check expression as the model holds it, from the catalog's {@code CHECK_CLAUSE}: the server's
     * backticks around names that need none are dropped ({@code `tier` between 0 and 2} is
     * {@code tier between 0 and 2}); a reserved word such as {@code `by`} keeps them.
     */
    public static String checkClause(String catalogClause) {
        return unquoteNames(catalogClause.strip());
    }

    /**
     * A check expression in a canonical spelling for comparison: backticks around plain names dropped,
     * outer parentheses dropped, white space collapsed and everything outside string literals in lower case.
     */
    public static String canonicalCheck(String expression) {
        String text = unquoteNames(expression.strip(), true).replaceAll("\\s+", " ");
        text = text.replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")");
        return lowerOutsideLiterals(stripOuterParentheses(text));
    }

    /**
     * Whether a check is the one MariaDB adds itself to a {@code json} column: named after the column and
     * {@code json_valid} of it.
     */
    public static boolean isJsonValidCheck(String column, String checkName, String clause) {
        Matcher valid = JSON_VALID.matcher(clause.strip());
        return column.equals(checkName) && valid.matches() && valid.group(1).strip().equals(column);
    }

    /** The text with backticks dropped around names that are plain words and not reserved. */
    static String unquoteNames(String text) {
        return unquoteNames(text, false);
    }

    /** The text with backticks dropped around names that are plain words, reserved ones too when asked. */
    private static String unquoteNames(String text, boolean reservedToo) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = endOfLiteral(text, i);
                out.append(text, i, end);
                i = end;
            } else if (c == '`') {
                Matcher word = QUOTED_WORD.matcher(text).region(i, text.length());
                if (word.lookingAt() && (reservedToo || !MariaDbReservedWords.contains(word.group(1)))) {
                    out.append(word.group(1));
                    i = word.end();
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String lowerOutsideLiterals(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                int end = endOfLiteral(text, i);
                out.append(text, i, end);
                i = end;
            } else {
                out.append(Character.toLowerCase(text.charAt(i)));
                i++;
            }
        }
        return out.toString();
    }

    private static int endOfLiteral(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The text without parentheses that enclose all of it. */
    static String stripOuterParentheses(String text) {
        String t = text.strip();
        while (t.startsWith("(") && t.endsWith(")") && enclosesAll(t)) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean enclosesAll(String t) {
        int depth = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\'') {
                i = endOfLiteral(t, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < t.length() - 1) {
                    return false;
                }
            }
            i++;
        }
        return depth == 0;
    }
}
