package dev.autogen.dialect.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether PostgreSQL rewrites a table to change a column's type. It does not when the old values are
 * valid, unchanged, values of the new type: the types are binary coercible and the new length,
 * precision or scale takes every old value as it is. For the types autogen writes, that is
 * {@code varchar(n)} to a longer {@code varchar}, to {@code varchar} or to {@code text}; {@code text} to
 * {@code varchar}; {@code numeric(p,s)} to {@code numeric(q,s)} with {@code q >= p}, or to
 * {@code numeric}; and {@code timestamp}, {@code timestamptz}, {@code time}, {@code timetz} or
 * {@code interval} to the same type with a precision at least as large. Every other change rewrites
 * the table and rebuilds its indexes, and so does any change with a {@code USING} expression. (From
 * {@code timestamp} to {@code timestamptz} and back, PostgreSQL 12 and later skip the rewrite when the
 * session's time zone is UTC; a migration cannot count on that, so it is taken as a rewrite.)
 */
final class TypeRewrites {
    private static final Pattern VARCHAR = Pattern.compile("^varchar(?:\\((\\d+)\\))?$");
    private static final Pattern NUMERIC = Pattern.compile("^numeric(?:\\((\\d+),(\\d+)\\))?$");
    private static final Pattern TEMPORAL = Pattern.compile(
            "^(timestamp|time|interval(?: [a-z ]+?)?)(?:\\((\\d+)\\))?( with time zone)?$");

    private TypeRewrites() {
    }

    /** Whether changing a column from {@code from} to {@code to} with the given {@code USING} (or none) rewrites its table. */
    static boolean rewrites(String from, String to, String using) {
        if (using != null) {
            return true;
        }
        String source = PostgresTypes.canonical(from);
        String target = PostgresTypes.canonical(to);
        return !(source.equals(target) || widerVarchar(source, target) || widerNumeric(source, target)
                || widerPrecision(source, target));
    }

    private static boolean widerVarchar(String source, String target) {
        Matcher from = VARCHAR.matcher(source);
        Matcher to = VARCHAR.matcher(target);
        if (from.matches()) {
            return target.equals("text") || to.matches() && atLeast(to.group(1), from.group(1));
        }
        return source.equals("text") && target.equals("varchar");
    }

    private static boolean widerNumeric(String source, String target) {
        Matcher from = NUMERIC.matcher(source);
        Matcher to = NUMERIC.matcher(target);
        if (!from.matches() || !to.matches()) {
            return false;
        }
        if (to.group(1) == null) {
            return true;
        }
        return from.group(1) != null && from.group(2).equals(to.group(2))
                && Integer.parseInt(to.group(1)) >= Integer.parseInt(from.group(1));
    }

    private static boolean widerPrecision(String source, String target) {
        Matcher from = TEMPORAL.matcher(source);
        Matcher to = TEMPORAL.matcher(target);
        return from.matches() && to.matches() && from.group(1).equals(to.group(1))
                && (from.group(3) == null) == (to.group(3) == null) && atLeast(to.group(2), from.group(2));
    }

    /** Whether a length or precision (absent for none, the largest) is at least another. */
    private static boolean atLeast(String length, String other) {
        return length == null || other != null && Integer.parseInt(length) >= Integer.parseInt(other);
    }
}
