package dev.autogen.diff;

import dev.autogen.runtime.dialect.PostgresIdentifiers;
import dev.autogen.runtime.ops.AlterColumnNullability;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.MigrationOperation;
import dev.autogen.runtime.ops.SetNotNullViaCheck;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rows of its table a reviewed change touches, as a SQL condition on the table before the
 * upgrade: the rows whose column is {@code NULL} for a column that becomes {@code NOT NULL}, the rows
 * holding a value for a dropped column, the rows whose text is too long for a narrowed
 * {@code varchar(n)}/{@code char(n)}; {@code null} (all rows) for anything else, such as a new
 * {@code NOT NULL} column, which every existing row gets.
 */
public final class AffectedRows {
    private static final Pattern LENGTH = Pattern.compile(
            "^(?:varchar|character varying|char|character|bpchar)\\((\\d+)\\)$");

    private AffectedRows() {
    }

    /** The condition of the rows an operation touches, or {@code null} when it touches every row. */
    public static String condition(MigrationOperation operation) {
        if (operation instanceof AlterColumnNullability op && !op.nullable()) {
            return PostgresIdentifiers.quote(op.column()) + " IS NULL";
        }
        if (operation instanceof SetNotNullViaCheck op) {
            return PostgresIdentifiers.quote(op.column()) + " IS NULL";
        }
        if (operation instanceof DropColumn op) {
            return PostgresIdentifiers.quote(op.column()) + " IS NOT NULL";
        }
        if (operation instanceof AlterColumnType op && op.using() == null) {
            Matcher length = LENGTH.matcher(op.type().strip().toLowerCase(Locale.ROOT));
            if (length.matches()) {
                return "length(" + PostgresIdentifiers.quote(op.column()) + "::text) > " + length.group(1);
            }
        }
        return null;
    }
}
