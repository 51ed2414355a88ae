package dev.autogen.dialect.mariadb;

import dev.autogen.diff.ConstraintReviews;
import dev.autogen.diff.TypeConversion;
import dev.autogen.runtime.MigrationResult.Direction;
import dev.autogen.runtime.ops.ColumnDef;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's type changes: {@code MODIFY COLUMN} converts values by itself, so no conversion expression is
 * needed; a reviewer is told when values may not fit or not convert. Most changes copy the table; a
 * {@code varchar} that grows within the same length-byte class and an {@code enum} whose new values are
 * appended do not.
 */
final class MariaDbTypeChanges {
    private static final Pattern TYPE = Pattern.compile("^([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?( unsigned)?$");
    private static final Pattern VALUES = Pattern.compile("^(?:enum|set)\\((.*)\\)$");
    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "bigint");

    enum Family { INTEGER, DECIMAL, FLOAT, STRING, TEMPORAL, BIT, BINARY, UUID, JSON, OTHER }

    private MariaDbTypeChanges() {
    }

    static Family family(String type) {
        String t = MariaDbTypes.canonical(type);
        String name = t.replaceFirst("[( ].*$", "");
        if (INTEGERS.contains(name)) {
            return Family.INTEGER;
        }
        return switch (name) {
            case "decimal" -> Family.DECIMAL;
            case "float", "double" -> Family.FLOAT;
            case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set" -> Family.STRING;
            case "date", "time", "datetime", "timestamp", "year" -> Family.TEMPORAL;
            case "bit" -> Family.BIT;
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> Family.BINARY;
            case "uuid" -> Family.UUID;
            case "json" -> Family.JSON;
            default -> Family.OTHER;
        };
    }

    static boolean familyChanges(String from, String to) {
        Family a = family(from);
        Family b = family(to);
        boolean numbers = isNumber(a) && isNumber(b);
        return a != b && !numbers;
    }

    static TypeConversion convert(Direction direction, String where, ColumnDef from, ColumnDef to) {
        String fails = ConstraintReviews.fails(direction);
        String source = MariaDbTypes.canonical(from.type());
        String target = MariaDbTypes.canonical(to.type());
        if (source.equals(target)) {
            return new TypeConversion(null, null);
        }
        if (narrows(source, target)) {
            return new TypeConversion(null, "narrows " + where + " from " + from.type() + " to " + to.type() + ": "
                    + fails + " on a value that does not fit, or MariaDB cuts or rounds it");
        }
        if (familyChanges(source, target) && family(target) != Family.STRING) {
            return new TypeConversion(null, "converts " + where + " from " + from.type() + " to " + to.type() + "; "
                    + fails + " on a value that does not convert");
        }
        return new TypeConversion(null, null);
    }

    static boolean rewrites(String from, String to) {
        String source = MariaDbTypes.canonical(from);
        String target = MariaDbTypes.canonical(to);
        if (source.equals(target)) {
            return false;
        }
        Matcher a = TYPE.matcher(source);
        Matcher b = TYPE.matcher(target);
        if (a.matches() && b.matches() && a.group(1).equals("varchar") && b.group(1).equals("varchar")
                && a.group(2) != null && b.group(2) != null) {
            int old = Integer.parseInt(a.group(2));
            int wanted = Integer.parseInt(b.group(2));
            return wanted < old || (old <= 255) != (wanted <= 255);
        }
        Matcher oldValues = VALUES.matcher(source);
        Matcher newValues = VALUES.matcher(target);
        if (oldValues.matches() && newValues.matches() && source.substring(0, 4).equals(target.substring(0, 4))) {
            return !newValues.group(1).startsWith(oldValues.group(1));
        }
        return true;
    }

    private static boolean isNumber(Family family) {
        return family == Family.INTEGER || family == Family.DECIMAL || family == Family.FLOAT;
    }

    private static boolean narrows(String source, String target) {
        Matcher a = TYPE.matcher(source);
        Matcher b = TYPE.matcher(target);
        Matcher oldValues = VALUES.matcher(source);
        Matcher newValues = VALUES.matcher(target);
        if (oldValues.matches() && newValues.matches()) {
            return !List.of(newValues.group(1).split(",")).containsAll(List.of(oldValues.group(1).split(",")));
        }
        if (!a.matches() || !b.matches()) {
            return false;
        }
        Family from = family(source);
        Family to = family(target);
        if (from == Family.INTEGER && to == Family.INTEGER) {
            return INTEGERS.indexOf(b.group(1)) < INTEGERS.indexOf(a.group(1)) || a.group(4) == null && b.group(4) != null;
        }
        if (from == Family.STRING && to == Family.STRING && a.group(2) != null && b.group(2) != null) {
            return Integer.parseInt(b.group(2)) < Integer.parseInt(a.group(2));
        }
        if (from == Family.DECIMAL && to == Family.DECIMAL) {
            return Integer.parseInt(b.group(2)) - Integer.parseInt(b.group(3))
                    < Integer.parseInt(a.group(2)) - Integer.parseInt(a.group(3))
                    || Integer.parseInt(b.group(3)) < Integer.parseInt(a.group(3));
        }
        return isNumber(from) && isNumber(to) && (to == Family.INTEGER || from == Family.FLOAT && to == Family.DECIMAL);
    }
}
