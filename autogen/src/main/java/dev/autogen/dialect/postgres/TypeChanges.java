package dev.autogen.dialect.postgres;

import dev.autogen.diff.CheckDomain;
import dev.autogen.diff.ConstraintReviews;
import dev.autogen.diff.DowngradeNotes;
import dev.autogen.diff.TypeConversion;
import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.CheckDef;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.schema.TableModel;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a column's values get from one SQL type to another: the {@code USING} expression where
 * PostgreSQL has no assignment cast, and a review note where values may not fit, lose precision or
 * change meaning. An ordinal enum that becomes a string enum (or back) is converted through the
 * enum's values in order.
 */
final class TypeChanges {
    private static final Pattern TYPE = Pattern.compile("^([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone)?$");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<Integer> INTEGER_DIGITS = List.of(5, 10, 19);

    private TypeChanges() {
    }

    private enum Family { STRING, INTEGER, DECIMAL, FLOAT, BOOLEAN, DATETIME, TIME, JSON, OTHER }

    private record Type(String text, String base, Family family, Integer length, Integer scale, boolean zoned) {
        static Type of(String sqlType) {
            String canonical = PostgresTypes.canonical(sqlType);
            Matcher m = TYPE.matcher(canonical);
            if (!m.matches()) {
                return new Type(canonical, canonical, Family.OTHER, null, null, false);
            }
            String base = m.group(1);
            Integer length = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            Integer scale = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            return new Type(canonical, base, family(base), length, scale, m.group(4) != null);
        }

        private static Family family(String base) {
            return switch (base) {
                case "varchar", "char", "text", "citext" -> Family.STRING;
                case "smallint", "integer", "bigint" -> Family.INTEGER;
                case "numeric" -> Family.DECIMAL;
                case "real", "double precision" -> Family.FLOAT;
                case "boolean" -> Family.BOOLEAN;
                case "timestamp", "date" -> Family.DATETIME;
                case "time" -> Family.TIME;
                case "json", "jsonb" -> Family.JSON;
                default -> Family.OTHER;
            };
        }
    }

    /** Whether two SQL types differ once synonyms are taken as equal. */
    static boolean differ(String a, String b) {
        return !PostgresTypes.canonical(a).equals(PostgresTypes.canonical(b));
    }

    /** Whether values of one type convert to the other only through another representation (text to number). */
    static boolean familyChanges(String from, String to) {
        return Type.of(from).family != Type.of(to).family;
    }

    /** How the column of {@code fromTable} converts to the one of {@code toTable}. */
    static TypeConversion convert(Direction direction, TableModel fromTable, ColumnDef from, TableModel toTable,
                                  ColumnDef to) {
        Type source = Type.of(from.type());
        Type target = Type.of(to.type());
        String where = toTable.name() + "." + to.name();
        Optional<TypeConversion> enumConversion = enumConversion(fromTable, from, toTable, to, source, target, where);
        if (enumConversion.isPresent()) {
            TypeConversion conversion = enumConversion.get();
            return direction == Direction.DOWNGRADE
                    ? new TypeConversion(conversion.using(), DowngradeNotes.subject(conversion.review())) : conversion;
        }
        String using = needsUsing(source, target) ? PostgresIdentifiers.quote(from.name()) + "::" + to.type() : null;
        String review = narrowing(source, target, where, ConstraintReviews.fails(direction));
        if (review == null && source.family != target.family && target.family != Family.STRING
                && !(isNumber(source) && isNumber(target))) {
            review = "converts " + where + " from " + from.type() + " to " + to.type()
                    + "; " + ConstraintReviews.fails(direction) + " on a value that does not convert";
        }
        return new TypeConversion(using, review);
    }

    private static boolean needsUsing(Type source, Type target) {
        if (target.family == Family.STRING || source.family == target.family) {
            return false;
        }
        return !(isNumber(source) && isNumber(target));
    }

    private static boolean isNumber(Type type) {
        return type.family == Family.INTEGER || type.family == Family.DECIMAL || type.family == Family.FLOAT;
    }

    private static String narrowing(Type source, Type target, String where, String fails) {
        String change = "narrows " + where + " from " + source.text + " to " + target.text + ": ";
        return switch (target.family) {
            case STRING -> narrowerString(source, target) ? change + fails + " on a longer value" : null;
            case INTEGER, DECIMAL, FLOAT -> narrowerNumber(source, target)
                    ? change + fails + " on a value out of range, or rounds it" : null;
            case DATETIME, TIME -> narrowerTime(source, target, change);
            default -> null;
        };
    }

    private static boolean narrowerString(Type source, Type target) {
        if (target.length == null) {
            return false;
        }
        if (source.family != Family.STRING) {
            return textLength(source) > target.length;
        }
        return source.length == null || source.length > target.length;
    }

    /** The longest text a value of the type gives, roughly; {@link Integer#MAX_VALUE} when unbounded or unknown. */
    private static int textLength(Type type) {
        return switch (type.family) {
            case INTEGER -> List.of(6, 11, 20).get(rank(type));
            case DECIMAL -> type.length == null ? Integer.MAX_VALUE : type.length + 2;
            case FLOAT -> type.base.equals("real") ? 15 : 25;
            case BOOLEAN -> 5;
            case DATETIME -> type.base.equals("date") ? 13 : 40;
            case TIME -> 25;
            default -> type.base.equals("uuid") ? 36 : Integer.MAX_VALUE;
        };
    }

    private static boolean narrowerNumber(Type source, Type target) {
        if (!isNumber(source)) {
            return false;
        }
        if (target.family == Family.FLOAT) {
            int sourceDigits = digits(source);
            return target.base.equals("real") ? sourceDigits > 6 : sourceDigits > 15;
        }
        if (source.family == Family.FLOAT) {
            return true;
        }
        if (target.family == Family.INTEGER) {
            return source.family == Family.DECIMAL || rank(source) > rank(target);
        }
        if (target.length == null) {
            return false;
        }
        int targetScale = target.scale == null ? 0 : target.scale;
        if (source.family == Family.INTEGER) {
            return target.length - targetScale < digits(source);
        }
        if (source.length == null) {
            return true;
        }
        int sourceScale = source.scale == null ? 0 : source.scale;
        return targetScale < sourceScale || target.length - targetScale < source.length - sourceScale;
    }

    private static String narrowerTime(Type source, Type target, String change) {
        if (source.family != target.family) {
            return null;
        }
        if (source.zoned != target.zoned && !source.base.equals("date") && !target.base.equals("date")) {
            return change + "values are reinterpreted in the session's time zone";
        }
        if (target.base.equals("date") && !source.base.equals("date")) {
            return change + "the time of day is lost";
        }
        int sourcePrecision = source.length == null ? 6 : source.length;
        int targetPrecision = target.length == null ? 6 : target.length;
        return target.base.equals(source.base) && targetPrecision < sourcePrecision
                ? change + "fractions of a second are rounded" : null;
    }

    private static int rank(Type type) {
        return INTEGERS.indexOf(type.base);
    }

    private static int digits(Type type) {
        return switch (type.family) {
            case INTEGER -> INTEGER_DIGITS.get(rank(type));
            case DECIMAL -> type.length == null ? 1000 : type.length;
            case FLOAT -> type.base.equals("real") ? 6 : 15;
            default -> 0;
        };
    }

    private static Optional<TypeConversion> enumConversion(TableModel fromTable, ColumnDef from, TableModel toTable,
                                                       ColumnDef to, Type source, Type target, String where) {
        Optional<CheckDomain> sourceDomain = PostgresComparisonRules.INSTANCE.checkDomainOf(fromTable, from.name());
        Optional<CheckDomain> targetDomain = PostgresComparisonRules.INSTANCE.checkDomainOf(toTable, to.name());
        if (sourceDomain.isEmpty() || targetDomain.isEmpty()) {
            return Optional.empty();
        }
        String column = PostgresIdentifiers.quote(from.name());
        if (source.family == Family.INTEGER && target.family == Family.STRING && isOrdinalRange(sourceDomain.get())
                && !targetDomain.get().range()) {
            List<String> names = targetDomain.get().values();
            return Optional.of(new TypeConversion("(ARRAY[" + String.join(", ", names) + "])[" + column + " + 1]",
                    "converts the ordinals of " + where + " to the names " + String.join(", ", names)
                            + " in this order; check that the enum's order did not change"));
        }
        if (source.family == Family.STRING && target.family == Family.INTEGER && !sourceDomain.get().range()
                && isOrdinalRange(targetDomain.get())) {
            List<String> names = sourceDomain.get().values();
            return Optional.of(new TypeConversion("array_position(ARRAY[" + String.join(", ", names) + "]::text[], "
                    + column + "::text) - 1", "converts the names of " + where + " to their ordinals in the order "
                    + String.join(", ", names) + "; check that this is the enum's order"));
        }
        return Optional.empty();
    }

    private static boolean isOrdinalRange(CheckDomain domain) {
        return domain.range() && domain.values().get(0).equals("0");
    }
}
