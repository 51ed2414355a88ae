package dev.autogen.dialect.postgres;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.schema.BoundedCache;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text of SQL expressions as the model holds them (check constraints, column defaults), in the
 * spelling of either side: Hibernate writes {@code status in ('A','B')}, the catalog answers
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))}.
 * {@link #normalize} removes the differences PostgreSQL introduces: casts, parentheses, letter case
 * outside quotes, quoting that is not needed, operator synonyms, and the rewriting of
 * {@code BETWEEN}, {@code IN} and {@code LIKE}.
 */
final class SqlExpressions {
    private static final Set<String> NOT_UNDERSTOOD = Set.of("case", "when", "then", "else", "end", "trim",
            "substring", "extract", "position", "overlay", "similar", "collate", "cast", "interval", "at", "zone",
            "distinct", "exists", "select", "from", "escape", "row", "overlaps", "some", "unknown", "symmetric");
    private static final Set<String> BEFORE_SIGNED_NUMBER = Set.of("(", ",", "[", "=", "<", ">", "<=", ">=", "<>",
            "!=", "+", "-", "*", "/", "and", "or", "not", "in", "between", "any", "all", "array", "||");
    private static final String[] OPERATORS = {"!~~*", "~~*", "!~~", "::", "<>", "!=", ">=", "<=", "||", "~~", "!~",
        "~*"};

    /**
     * An expression in normalized form.
     *
     * @param text       the tokens, joined by single spaces
     * @param understood whether every construct in it is one whose spelling the normalization covers;
     *                   when not, two spellings of the same expression may still differ
     */
    record Normalized(String text, boolean understood) {
    }

    private static final BoundedCache<String, Normalized> NORMALIZED = new BoundedCache<>(100_000,
            SqlExpressions::normalizeUncached);

    private SqlExpressions() {
    }

    /** The normalized form of an expression. */
    static Normalized normalize(String sql) {
        return NORMALIZED.get(sql);
    }

    private static Normalized normalizeUncached(String sql) {
        List<String> tokens = withoutCastsAndParentheses(tokenize(sql));
        boolean understood = tokens.stream().noneMatch(NOT_UNDERSTOOD::contains);
        tokens = rewriteOperators(tokens);
        tokens = rewriteBetween(tokens);
        tokens = rewriteInLists(tokens);
        return new Normalized(String.join(" ", tokens), understood);
    }

    /**
     * The column names an expression refers to, among the given ones, in the order given: unquoted
     * words compared without regard to case, quoted identifiers exactly; string literals and
     * function names do not count.
     */
    static List<String> referencedColumns(String sql, List<String> columnNames) {
        List<String> tokens = tokenize(sql);
        Set<String> referenced = new LinkedHashSet<>();
        for (String column : columnNames) {
            for (int i = 0; i < tokens.size(); i++) {
                if (isIdentifier(tokens, i, column)) {
                    referenced.add(column);
                }
            }
        }
        return List.copyOf(referenced);
    }

    /** The expression with every reference to one column replaced by another name, quoted where needed. */
    static String renameColumn(String sql, String column, String newName) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        int i = 0;
        while (i < sql.length()) {
            int end = tokenEnd(sql, i);
            String token = sql.substring(i, end);
            boolean word = Character.isLetter(token.charAt(0)) || token.charAt(0) == '_' || token.charAt(0) == '"';
            boolean call = word && sql.substring(end).stripLeading().startsWith("(") && !token.startsWith("\"");
            boolean castType = previous.equals("::");
            if (word && !call && !castType && identifierName(token).equals(column)) {
                out.append(PostgresIdentifiers.quote(newName));
            } else {
                out.append(token);
            }
            if (!token.isBlank()) {
                previous = token;
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isIdentifier(List<String> tokens, int index, String column) {
        String token = tokens.get(index);
        if (!(Character.isLetter(token.charAt(0)) || token.charAt(0) == '_' || token.charAt(0) == '"')) {
            return false;
        }
        boolean call = index + 1 < tokens.size() && tokens.get(index + 1).equals("(") && !token.startsWith("\"");
        boolean castType = index > 0 && tokens.get(index - 1).equals("::");
        return !call && !castType && identifierName(token).equals(column);
    }

    private static String identifierName(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return PostgresIdentifiers.fold(token);
    }

    private static List<String> tokenize(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
                continue;
            }
            int end = tokenEnd(sql, i);
            String token = sql.substring(i, end);
            String previous = tokens.isEmpty() ? "(" : tokens.get(tokens.size() - 1);
            if (token.equals("-") && end < sql.length() && Character.isDigit(sql.charAt(end))
                    && BEFORE_SIGNED_NUMBER.contains(previous.toLowerCase(Locale.ROOT))) {
                int numberEnd = tokenEnd(sql, end);
                token = "-" + sql.substring(end, numberEnd);
                end = numberEnd;
            }
            tokens.add(token);
            i = end;
        }
        return tokens;
    }

    private static int tokenEnd(String sql, int start) {
        char c = sql.charAt(start);
        if (Character.isWhitespace(c)) {
            int end = start;
            while (end < sql.length() && Character.isWhitespace(sql.charAt(end))) {
                end++;
            }
            return end;
        }
        if (c == '\'' || c == '"') {
            int end = start + 1;
            while (end < sql.length()) {
                if (sql.charAt(end) == c) {
                    if (end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    return end + 1;
                }
                end++;
            }
            return sql.length();
        }
        if (Character.isDigit(c) || c == '.' && start + 1 < sql.length() && Character.isDigit(sql.charAt(start + 1))) {
            int end = start;
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                end++;
            }
            return end;
        }
        if (Character.isLetter(c) || c == '_') {
            int end = start;
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                    || sql.charAt(end) == '$')) {
                end++;
            }
            return end;
        }
        for (String operator : OPERATORS) {
            if (sql.startsWith(operator, start)) {
                return start + operator.length();
            }
        }
        return start + 1;
    }

    private static List<String> withoutCastsAndParentheses(List<String> tokens) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (token.equals("::")) {
                i = skipType(tokens, i + 1);
                continue;
            }
            if (!token.equals("(") && !token.equals(")")) {
                out.add(simplify(token));
            }
            i++;
        }
        return out;
    }

    private static int skipType(List<String> tokens, int start) {
        int i = start;
        String word = i < tokens.size() ? tokens.get(i).toLowerCase(Locale.ROOT) : "";
        i++;
        if (i < tokens.size() && tokens.get(i).equals(".")) {
            i += 2;
        }
        String next = i < tokens.size() ? tokens.get(i).toLowerCase(Locale.ROOT) : "";
        if ((word.equals("character") || word.equals("char") || word.equals("bit")) && next.equals("varying")
                || word.equals("double") && next.equals("precision")) {
            i++;
        }
        i = skipModifier(tokens, i);
        if (word.equals("timestamp") || word.equals("time")) {
            String zone = i < tokens.size() ? tokens.get(i).toLowerCase(Locale.ROOT) : "";
            if (zone.equals("with") || zone.equals("without")) {
                i += 3;
            }
        }
        while (i + 1 < tokens.size() && tokens.get(i).equals("[") && tokens.get(i + 1).equals("]")) {
            i += 2;
        }
        return i;
    }

    private static int skipModifier(List<String> tokens, int start) {
        if (start >= tokens.size() || !tokens.get(start).equals("(")) {
            return start;
        }
        int i = start + 1;
        while (i < tokens.size() && !tokens.get(i).equals(")")) {
            String token = tokens.get(i);
            if (!token.equals(",") && !Character.isDigit(token.charAt(0))) {
                return start;
            }
            i++;
        }
        return i + 1;
    }

    private static String simplify(String token) {
        char c = token.charAt(0);
        if (c == '\'') {
            String body = token.substring(1, token.length() - 1);
            return body.matches("[-+]?\\d+(\\.\\d+)?") ? body.replaceFirst("^\\+", "") : token;
        }
        if (c == '"') {
            String name = token.substring(1, token.length() - 1).replace("\"\"", "\"");
            return PostgresIdentifiers.quote(name);
        }
        return Character.isLetter(c) || c == '_' ? PostgresIdentifiers.fold(token) : token;
    }

    private static List<String> rewriteOperators(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (token.equals("not") && (next.equals("like") || next.equals("ilike"))) {
                out.add(next.equals("like") ? "!~~" : "!~~*");
                i++;
            } else if (token.equals("like")) {
                out.add("~~");
            } else if (token.equals("ilike")) {
                out.add("~~*");
            } else if (token.equals("!=")) {
                out.add("<>");
            } else {
                out.add(token);
            }
        }
        return out;
    }

    private static List<String> rewriteBetween(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            boolean negated = tokens.get(i).equals("not") && i + 1 < tokens.size() && tokens.get(i + 1).equals("between");
            int at = negated ? i + 1 : i;
            if (tokens.get(at).equals("between") && !out.isEmpty() && at + 3 < tokens.size()
                    && tokens.get(at + 2).equals("and")) {
                List<String> operand = operand(out);
                out.addAll(negated ? List.of("<", tokens.get(at + 1), "or") : List.of(">=", tokens.get(at + 1), "and"));
                out.addAll(operand);
                out.addAll(negated ? List.of(">", tokens.get(at + 3)) : List.of("<=", tokens.get(at + 3)));
                i = at + 3;
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** The tokens since the last {@code and}, {@code or} or {@code not}: the left operand, parentheses gone. */
    private static List<String> operand(List<String> out) {
        int start = out.size();
        while (start > 0 && !Set.of("and", "or", "not").contains(out.get(start - 1))) {
            start--;
        }
        return List.copyOf(out.subList(start, out.size()));
    }

    private static List<String> rewriteInLists(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            boolean negated = tokens.get(i).equals("not") && i + 1 < tokens.size() && tokens.get(i + 1).equals("in");
            int at = negated ? i + 1 : i;
            if (!tokens.get(at).equals("in")) {
                out.add(tokens.get(i));
                continue;
            }
            List<String> values = new ArrayList<>();
            int j = at + 1;
            while (j < tokens.size() && isLiteral(tokens.get(j))) {
                values.add(tokens.get(j));
                if (j + 1 < tokens.size() && tokens.get(j + 1).equals(",")) {
                    j += 2;
                } else {
                    j++;
                    break;
                }
            }
            if (values.size() == 1) {
                out.addAll(List.of(negated ? "<>" : "=", values.get(0)));
            } else {
                out.addAll(negated ? List.of("<>", "all", "array", "[") : List.of("=", "any", "array", "["));
                for (int v = 0; v < values.size(); v++) {
                    if (v > 0) {
                        out.add(",");
                    }
                    out.add(values.get(v));
                }
                out.add("]");
            }
            i = j - 1;
        }
        return out;
    }

    private static boolean isLiteral(String token) {
        char c = token.charAt(0);
        return c == '\'' || Character.isDigit(c) || c == '-' && token.length() > 1;
    }
}
