package dev.autogen.dialect.mariadb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The column names in a MariaDB expression: words and backticked names outside string literals that are
 * not function names (followed by a parenthesis); MariaDB compares column names without regard to case.
 */
final class MariaDbSqlNames {
    private MariaDbSqlNames() {
    }

    /** The given column names the expression refers to, in the order given. */
    static List<String> referencedColumns(String sql, List<String> columnNames) {
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        scan(sql, (start, end, name) -> used.add(name));
        return columnNames.stream().filter(used::contains).toList();
    }

    /** The expression with each reference to {@code column} replaced by {@code newName}, quoted where needed. */
    static String renameColumn(String sql, String column, String newName) {
        StringBuilder out = new StringBuilder();
        int[] last = {0};
        scan(sql, (start, end, name) -> {
            if (name.equalsIgnoreCase(column)) {
                out.append(sql, last[0], start).append(quoteIfNeeded(newName));
                last[0] = end;
            }
        });
        return out.append(sql.substring(last[0])).toString();
    }

    /** The name bare when it is a plain word and not reserved, else in backticks. */
    static String quoteIfNeeded(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_$]*") && !MariaDbReservedWords.contains(name)
                ? name : MariaDbCatalogQueries.quote(name);
    }

    /** Words that are operators or literals in an expression, never column names. */
    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "null", "in", "between", "like", "true",
            "false", "case", "when", "then", "else", "end", "regexp", "rlike", "div", "mod", "xor", "escape",
            "binary", "collate", "interval", "distinct", "unknown");

    @FunctionalInterface
    interface NameHandler {
        void name(int start, int end, String name);
    }

    /** Calls the handler with each column name of the expression: its span and its unquoted text. */
    static void scan(String sql, NameHandler handler) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfLiteral(sql, i, c);
            } else if (c == '`') {
                int end = sql.indexOf('`', i + 1);
                while (end > 0 && end + 1 < sql.length() && sql.charAt(end + 1) == '`') {
                    end = sql.indexOf('`', end + 2);
                }
                end = end < 0 ? sql.length() - 1 : end;
                String name = sql.substring(i + 1, end).replace("``", "`");
                if (!followedByParenthesis(sql, end + 1)) {
                    handler.name(i, end + 1, name);
                }
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end);
                boolean afterDot = i > 0 && sql.charAt(i - 1) == '.';
                if (!KEYWORDS.contains(word.toLowerCase(Locale.ROOT)) && !followedByParenthesis(sql, end) && !afterDot
                        && !(end < sql.length() && sql.charAt(end) == '.')) {
                    handler.name(i, end, word);
                }
                i = end;
            } else if (Character.isDigit(c)) {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    private static boolean followedByParenthesis(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '(';
    }

    private static int endOfLiteral(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The words of an expression outside string literals, in lower case, for telling its shape. */
    static List<String> words(String sql) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfLiteral(sql, i, c);
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                words.add(sql.substring(i, end).toLowerCase(Locale.ROOT) + (followedByParenthesis(sql, end) ? "(" : ""));
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }
}
