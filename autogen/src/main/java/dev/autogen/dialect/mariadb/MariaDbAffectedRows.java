package dev.autogen.dialect.mariadb;

import dev.autogen.runtime.dialect.mariadb.MariaDbIdentifiers;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SetNotNullViaCheck;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rows of its table a reviewed change touches, in MariaDB's SQL: names in backticks (a double
 * quote is a string there) and text length in characters ({@code CHAR_LENGTH}); the same rows as
 * PostgreSQL's {@link dev.autogen.diff.AffectedRows}.
 */
final class MariaDbAffectedRows {
    private static final Pattern LENGTH = Pattern.compile("^(?:varchar|char)\\((\\d+)\\)$");

    private MariaDbAffectedRows() {
    }

    /** The condition of the rows an operation touches, or {@code null} when it touches every row. */
    static String condition(MigrationOperation operation) {
        if (operation instanceof AlterColumnNullability op && !op.nullable()) {
            return MariaDbIdentifiers.quote(op.column()) + " IS NULL";
        }
        if (operation instanceof SetNotNullViaCheck op) {
            return MariaDbIdentifiers.quote(op.column()) + " IS NULL";
        }
        if (operation instanceof DropColumn op) {
            return MariaDbIdentifiers.quote(op.column()) + " IS NOT NULL";
        }
        if (operation instanceof AlterColumnType op && op.using() == null) {
            Matcher length = LENGTH.matcher(op.type().strip().toLowerCase(Locale.ROOT));
            if (length.matches()) {
                return "CHAR_LENGTH(" + MariaDbIdentifiers.quote(op.column()) + ") > " + length.group(1);
            }
        }
        return null;
    }
}
