package dev.autogen.dialect.mariadb;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's type spellings: the one Hibernate's {@code MariaDBDialect} writes, from the
 * {@code COLUMN_TYPE} the catalog reports ({@code int(11)} is {@code integer}, {@code bit(1)} is
 * {@code bit}), and a canonical form in which synonyms of either side compare equal.
 */
public final class MariaDbTypes {
    private static final Pattern INTEGER = Pattern.compile("^(tinyint|smallint|mediumint|integer|int|bigint)(?:\\(\\d+\\))?(.*)$");
    private static final Pattern FLOAT = Pattern.compile("^float\\((\\d+)\\)$");
    private static final Pattern DECIMAL = Pattern.compile("^(?:decimal|numeric|dec|fixed)(?:\\((\\d+)(?:,(\\d+))?\\))?$");
    private static final Pattern ENUM = Pattern.compile("^(enum|set)\\s*\\((.*)\\)$", Pattern.DOTALL);
    private static final Pattern TEMPORAL = Pattern.compile("^(time|datetime|timestamp)(\\(\\d+\\))?$");

    private MariaDbTypes() {
    }

    /**
     * The type as Hibernate writes it, from the catalog's {@code COLUMN_TYPE}: display widths of integers
     * dropped ({@code int(11)} is {@code integer}), {@code bit(1)} as {@code bit}, {@code double} as
     * {@code float(53)} and {@code float} as {@code float(23)}, times with their precision even when it is 0,
     * {@code enum('A','B')} as {@code enum ('A','B')}; others as the catalog spells them.
     */
    public static String hibernateSpelling(String columnType) {
        String type = columnType.strip();
        Matcher enumType = ENUM.matcher(type);
        if (enumType.matches()) {
            return enumType.group(1).toLowerCase(Locale.ROOT) + " (" + enumType.group(2) + ")";
        }
        String lower = type.toLowerCase(Locale.ROOT);
        Matcher integer = INTEGER.matcher(lower);
        if (integer.matches()) {
            String name = integer.group(1).equals("int") ? "integer" : integer.group(1);
            return name + integer.group(2);
        }
        if (lower.equals("bit(1)")) {
            return "bit";
        }
        if (lower.equals("double")) {
            return "float(53)";
        }
        if (lower.equals("float")) {
            return "float(23)";
        }
        Matcher temporal = TEMPORAL.matcher(lower);
        if (temporal.matches() && temporal.group(2) == null) {
            return temporal.group(1) + "(0)";
        }
        return lower;
    }

    /**
     * A canonical spelling in which synonyms are equal: {@code int}, {@code integer} and {@code int(11)};
     * {@code bit} and {@code bit(1)}; {@code bool}, {@code boolean} and {@code tinyint(1)} as
     * {@code tinyint}; {@code double}, {@code double precision}, {@code real} and {@code float(53)};
     * {@code float} and {@code float(23)}; {@code numeric} and {@code decimal(10,0)}; {@code time} and
     * {@code time(0)}; {@code character varying} and {@code varchar}. Enum values keep their case.
     */
    public static String canonical(String type) {
        String t = type.strip();
        Matcher enumType = ENUM.matcher(t);
        if (enumType.matches()) {
            return enumType.group(1).toLowerCase(Locale.ROOT) + "(" + enumType.group(2).replaceAll(
                    "\\s*,\\s*(?=(?:[^']*'[^']*')*[^']*$)", ",").strip() + ")";
        }
        t = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*\\(\\s*", "(")
                .replaceAll("\\s*,\\s*", ",").replaceAll("\\s*\\)", ")");
        t = t.replaceFirst("^character varying", "varchar").replaceFirst("^char varying", "varchar")
                .replaceFirst("^character(?=\\(|$| )", "char");
        if (t.equals("bool") || t.equals("boolean")) {
            return "tinyint";
        }
        Matcher integer = INTEGER.matcher(t);
        if (integer.matches()) {
            String name = integer.group(1).equals("integer") ? "int" : integer.group(1);
            return name + integer.group(2);
        }
        if (t.equals("bit") || t.equals("bit(1)")) {
            return "bit";
        }
        if (t.equals("double") || t.equals("double precision") || t.equals("real")) {
            return "double";
        }
        Matcher floatType = FLOAT.matcher(t);
        if (floatType.matches()) {
            return Integer.parseInt(floatType.group(1)) <= 24 ? "float" : "double";
        }
        Matcher decimal = DECIMAL.matcher(t);
        if (decimal.matches()) {
            String precision = decimal.group(1) == null ? "10" : decimal.group(1);
            String scale = decimal.group(2) == null ? "0" : decimal.group(2);
            return "decimal(" + precision + "," + scale + ")";
        }
        Matcher temporal = TEMPORAL.matcher(t);
        if (temporal.matches()) {
            return temporal.group(1) + (temporal.group(2) == null ? "(0)" : temporal.group(2));
        }
        if (t.equals("char")) {
            return "char(1)";
        }
        return t;
    }

    /** Whether a type is one MariaDB stores JSON in: {@code longtext}, which {@code json} is an alias of. */
    public static boolean holdsJson(String columnType) {
        return columnType.strip().equalsIgnoreCase("longtext");
    }
}
