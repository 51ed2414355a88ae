package dev.autogen.dialect.postgres;

import dev.autogen.schema.BoundedCache;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL type spellings: the short form Hibernate writes ({@code varchar(255)},
 * {@code timestamp(6)}) from the long form the catalog reports, and a canonical form in which
 * synonyms compare equal.
 */
public final class PostgresTypes {
    private static final Pattern FLOAT = Pattern.compile("^float\\((\\d+)\\)$");
    private static final Pattern ARRAY = Pattern.compile("(?i)^(.+?)(?:\\s+array|\\s*\\[\\])$");
    /**
     * Both spellings are memoized: a schema has a few distinct types but thousands of columns,
     * and each spelling costs dozens of regular expressions.
     */
    private static final BoundedCache<String, String> SHORT_FORMS = new BoundedCache<>(10_000,
            PostgresTypes::computeShortForm);
    private static final BoundedCache<String, String> CANONICAL_FORMS = new BoundedCache<>(10_000,
            PostgresTypes::computeCanonical);

    private PostgresTypes() {
    }

    /** The type as Hibernate spells it, from the catalog's {@code format_type} spelling. */
    public static String shortForm(String catalogType) {
        return SHORT_FORMS.get(catalogType);
    }

    private static String computeShortForm(String catalogType) {
        String type = catalogType.strip();
        type = type.replaceFirst("^character varying", "varchar");
        type = type.replaceFirst("^character(?=\\(|$)", "char");
        type = type.replaceFirst("^(timestamp|time)(\\(\\d+\\))? without time zone", "$1$2");
        return type;
    }

    /** A canonical spelling in which synonyms ({@code int4}, {@code integer}, {@code int}) are equal. */
    public static String canonical(String type) {
        return CANONICAL_FORMS.get(type);
    }

    private static String computeCanonical(String type) {
        Matcher array = ARRAY.matcher(type.strip());
        if (array.matches()) {
            return computeCanonical(array.group(1)) + "[]";
        }
        String t = type.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*\\(\\s*", "(")
                .replaceAll("\\s*,\\s*", ",").replaceAll("\\s*\\)", ")");
        t = t.replaceFirst("^character varying", "varchar").replaceFirst("^char varying", "varchar")
                .replaceFirst("^character(?=\\(|$| )", "char").replaceFirst("^bpchar", "char")
                .replaceFirst("^(int4|int|integer|serial|serial4)$", "integer")
                .replaceFirst("^(int8|bigserial|serial8)$", "bigint")
                .replaceFirst("^(int2|smallserial|serial2)$", "smallint")
                .replaceFirst("^(float8|double precision)$", "double precision")
                .replaceFirst("^float4$", "real")
                .replaceFirst("^bool$", "boolean")
                .replaceFirst("^decimal", "numeric")
                .replaceFirst("^numeric\\((\\d+)\\)$", "numeric($1,0)")
                .replaceFirst("^timestamptz(\\(\\d+\\))?$", "timestamp$1 with time zone")
                .replaceFirst("^timetz(\\(\\d+\\))?$", "time$1 with time zone")
                .replaceFirst("^(timestamp|time)(\\(\\d+\\))? without time zone", "$1$2");
        Matcher floatType = FLOAT.matcher(t);
        if (floatType.matches()) {
            t = Integer.parseInt(floatType.group(1)) <= 24 ? "real" : "double precision";
        } else if (t.equals("float")) {
            t = "double precision";
        }
        if (t.equals("char")) {
            t = "char(1)";
        }
        t = t.replaceFirst("^(timestamp|time) with time zone$", "$1(6) with time zone");
        t = t.replaceFirst("^(timestamp|time)$", "$1(6)");
        return t;
    }
}
