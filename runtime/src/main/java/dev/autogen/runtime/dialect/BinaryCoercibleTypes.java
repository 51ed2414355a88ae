package dev.autogen.runtime.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type changes PostgreSQL makes without rewriting the table: the old values are valid values
 * of the new type bit for bit. Raising or removing a {@code varchar} or {@code varbit} length,
 * {@code varchar} to {@code text} and back to an unbounded {@code varchar}, raising a
 * {@code numeric}'s precision at the same scale or removing it, and raising the precision of
 * {@code timestamp}, {@code timestamptz}, {@code time} or {@code interval}. Everything else
 * (such as {@code integer} to {@code bigint}) rewrites the table and rebuilds its indexes.
 */
final class BinaryCoercibleTypes {
    private static final Pattern TYPE = Pattern.compile("([a-z ]+?)\\s*(?:\\(([0-9 ,]+)\\)\\s*([a-z ]*))?");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("character varying", "varchar"), Map.entry("decimal", "numeric"),
            Map.entry("bit varying", "varbit"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("time without time zone", "time"));
    private static final List<String> PRECISION_TYPES = List.of("timestamp", "timestamptz", "time", "interval");

    private BinaryCoercibleTypes() {
    }

    /** Whether changing a column from {@code from} to {@code to} needs no rewrite. */
    static boolean changeKeepsRows(String from, String to) {
        Type old = Type.parse(from);
        Type target = Type.parse(to);
        if (old == null || target == null) {
            return false;
        }
        if (old.equals(target)) {
            return true;
        }
        return switch (old.name()) {
            case "varchar" -> target.name().equals("text")
                    || target.name().equals("varchar") && (target.length() < 0 || old.length() >= 0 && target.length() >= old.length());
            case "text" -> target.name().equals("varchar") && target.length() < 0;
            case "varbit" -> target.name().equals("varbit") && (target.length() < 0 || old.length() >= 0 && target.length() >= old.length());
            case "numeric" -> target.name().equals("numeric") && (target.length() < 0
                    || old.length() >= 0 && target.scale() == old.scale() && target.length() >= old.length());
            default -> PRECISION_TYPES.contains(old.name()) && target.name().equals(old.name())
                    && precision(target) >= precision(old);
        };
    }

    private static int precision(Type type) {
        return type.length() < 0 ? 6 : type.length();
    }

    /**
     * A type reduced to its name and modifiers.
     *
     * @param name   the canonical name
     * @param length the length or precision, or -1 for none
     * @param scale  the scale, or 0
     */
    private record Type(String name, int length, int scale) {
        static Type parse(String spelled) {
            Matcher matcher = TYPE.matcher(spelled.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (!matcher.matches()) {
                return null;
            }
            String base = (matcher.group(1).strip() + " " + (matcher.group(3) == null ? "" : matcher.group(3).strip())).strip();
            String name = SYNONYMS.getOrDefault(base, base);
            if (matcher.group(2) == null) {
                return new Type(name, -1, 0);
            }
            String[] modifiers = matcher.group(2).replace(" ", "").split(",");
            try {
                return new Type(name, Integer.parseInt(modifiers[0]), modifiers.length > 1 ? Integer.parseInt(modifiers[1]) : 0);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
