package dev.autogen.dialect.postgres;

import dev.autogen.diff.CheckDomain;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.schema.BoundedCache;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the check constraints that restrict one column to a list or range of values (enums,
 * discriminators) in both spellings: Hibernate's ({@code status in ('A','B')},
 * {@code tier between 0 and 2}) and the catalog's ({@code ((status)::text = ANY ((ARRAY['A'::character
 * varying, ...])::text[]))}, {@code ((tier >= 0) AND (tier <= 2))}), and compares other expressions in
 * normalized form, so that none is reported as changed only because it is spelled differently.
 */
final class CheckExpressions {
    private static final String COLUMN = "(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)";
    private static final String VALUE = "'(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?";
    private static final String VALUES = "((?:" + VALUE + ")(?:\\s*,\\s*(?:" + VALUE + "))*)";
    private static final Pattern IN = Pattern.compile("^" + COLUMN + " in " + VALUES + "$");
    private static final Pattern ANY = Pattern.compile("^" + COLUMN + " ?= ?any array ?\\[ ?" + VALUES
            + " ?\\]$");
    private static final Pattern BETWEEN = Pattern.compile("^" + COLUMN + " between (" + VALUE + ") and (" + VALUE
            + ")$");
    private static final Pattern RANGE = Pattern.compile("^" + COLUMN + " ?>= ?(" + VALUE + ") and " + COLUMN
            + " ?<= ?(" + VALUE + ")$");
    private static final Pattern EQUALS = Pattern.compile("^" + COLUMN + " ?= ?(" + VALUE + ")$");
    private static final Pattern ONE_VALUE = Pattern.compile(VALUE);
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'(-?\\d+(?:\\.\\d+)?)'");
    private static final Pattern CAST = Pattern.compile("::\\s*(?:character varying|double precision"
            + "|(?:timestamp|time)(?:\\(\\d+\\))? with(?:out)? time zone|[a-z_][a-z0-9_]*)(?:\\(\\d+(?:,\\s*\\d+)?\\))?"
            + "(?:\\[\\])?");

    /** An expression simplified, and the domain it restricts its column to, if any. */
    private record Parsed(String simplified, Optional<CheckDomain> domain) {
    }

    private static final BoundedCache<String, Parsed> PARSED = new BoundedCache<>(100_000, CheckExpressions::parse);

    private CheckExpressions() {
    }

    /**
     * Whether two check expressions are the same constraint, as far as can be told: expressions
     * recognized as value lists or ranges of a column are compared by their values; others are
     * compared in {@linkplain SqlExpressions#normalize normalized form}. When their normalized forms
     * differ but either uses a construct whose spelling the normalization does not cover, they are
     * taken as unchanged, to avoid false positives.
     */
    static boolean same(String a, String b) {
        if (equivalent(a, b)) {
            return true;
        }
        if (domain(a).isPresent() && domain(b).isPresent()) {
            return false;
        }
        return !(SqlExpressions.normalize(a).understood() && SqlExpressions.normalize(b).understood());
    }

    /** Whether two expressions are certainly the same: equal spellings, values or normalized forms. */
    static boolean equivalent(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Optional<CheckDomain> first = domain(a);
        Optional<CheckDomain> second = domain(b);
        if (first.isPresent() && second.isPresent()) {
            return first.get().sameValues(second.get());
        }
        return SqlExpressions.normalize(a).text().equals(SqlExpressions.normalize(b).text());
    }

    /**
     * The expression in a spelling that PostgreSQL stores exactly as it stores Hibernate's: the
     * catalog's {@code ((s)::text = ANY ((ARRAY['A'::character varying])::text[]))} becomes
     * {@code s in ('A')}, because added back verbatim it would be stored in yet another spelling.
     * Other expressions are returned as they are.
     */
    static String recreatable(String expression) {
        Optional<CheckDomain> domain = domain(expression);
        if (domain.isEmpty() || domain.get().range() || !ANY.matcher(PARSED.get(expression).simplified()).matches()) {
            return expression;
        }
        return PostgresIdentifiers.quote(domain.get().column()) + " in (" + String.join(",", domain.get().values()) + ")";
    }

    /** The column and values an expression restricts, when it has one of the recognized shapes. */
    static Optional<CheckDomain> domain(String expression) {
        return PARSED.get(expression).domain();
    }

    private static Parsed parse(String expression) {
        String text = simplify(expression);
        return new Parsed(text, domainOf(text));
    }

    private static Optional<CheckDomain> domainOf(String text) {
        Matcher in = IN.matcher(text);
        if (in.matches()) {
            return Optional.of(new CheckDomain(unquote(in.group(1)), values(in.group(2)), false));
        }
        Matcher any = ANY.matcher(text);
        if (any.matches()) {
            return Optional.of(new CheckDomain(unquote(any.group(1)), values(any.group(2)), false));
        }
        Matcher equals = EQUALS.matcher(text);
        if (equals.matches()) {
            return Optional.of(new CheckDomain(unquote(equals.group(1)), List.of(number(equals.group(2))), false));
        }
        Matcher between = BETWEEN.matcher(text);
        if (between.matches()) {
            return Optional.of(new CheckDomain(unquote(between.group(1)), List.of(number(between.group(2)), number(between.group(3))), true));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches() && range.group(1).equals(range.group(3))) {
            return Optional.of(new CheckDomain(unquote(range.group(1)), List.of(number(range.group(2)), number(range.group(4))), true));
        }
        return Optional.empty();
    }

    /** Casts and parentheses removed, keywords and unquoted names in lower case, string literals kept. */
    private static String simplify(String expression) {
        StringBuilder out = new StringBuilder();
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                out.append(simplifyCode(code.toString()));
                code.setLength(0);
                int end = i + 1;
                while (end < expression.length()) {
                    if (expression.charAt(end) == c) {
                        if (end + 1 < expression.length() && expression.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.min(end, expression.length() - 1);
                out.append(expression, i, end + 1);
                i = end + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        out.append(simplifyCode(code.toString()));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String simplifyCode(String code) {
        String lower = CAST.matcher(code.toLowerCase(Locale.ROOT)).replaceAll("");
        StringBuilder kept = new StringBuilder();
        for (char c : lower.toCharArray()) {
            if (c == '(' || c == ')') {
                kept.append(' ');
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static List<String> values(String list) {
        List<String> values = new ArrayList<>();
        Matcher value = ONE_VALUE.matcher(list);
        while (value.find()) {
            values.add(number(value.group()));
        }
        return values;
    }

    /** A number as the catalog may quote it ({@code '-1'::integer}) without its quotes. */
    private static String number(String value) {
        Matcher quoted = QUOTED_NUMBER.matcher(value);
        return quoted.matches() ? quoted.group(1) : value;
    }

    private static String unquote(String column) {
        return column.startsWith("\"") ? column.substring(1, column.length() - 1).replace("\"\"", "\"") : column;
    }
}
