package dev.autogen.dialect.postgres;

import dev.autogen.diff.Change;
import dev.autogen.diff.ComparisonRules;
import dev.autogen.runtime.ops.AddColumn;
import dev.autogen.runtime.ops.AlterColumnType;
import dev.autogen.runtime.ops.ColumnDef;
import dev.autogen.runtime.ops.DropColumn;
import dev.autogen.runtime.ops.MigrationOperation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The review notes for changes that have no online form: they rewrite the table, or fill every row,
 * under the {@code ACCESS EXCLUSIVE} lock of their {@code ALTER TABLE}, which blocks every read and
 * write of the table until they commit. A type change rewrites unless the types are binary coercible
 * (see {@link ComparisonRules#rewritesTable}); a column added with a volatile default (or fill), or as an identity,
 * rewrites, while PostgreSQL 11 and later add a column with a constant or stable default without
 * touching the rows.
 * A note on the downgrade's side says so.
 */
final class RewriteReviews {
    /** Functions PostgreSQL marks {@code VOLATILE} that defaults commonly call; a subquery fill is one too. */
    private static final Pattern VOLATILE = Pattern.compile("(?:^|[^a-z0-9_.])(?:gen_random_uuid|uuid_generate_v[1-5]"
            + "[a-z0-9_]*|uuidv[47]|random|random_normal|clock_timestamp|timeofday|nextval|gen_random_bytes)\\s*\\(|^\\(");
    private static final String SAFE_TYPE_CHANGES = "only binary-coercible changes skip the rewrite (varchar"
            + " widening, varchar to text, numeric precision widening)";

    private RewriteReviews() {
    }

    /** The change with the notes its operation and its reverse need added, each after any note it has. */
    static Change annotate(ComparisonRules rules, Change change) {
        MigrationOperation op = change.operation();
        String review = note(rules, op, "upgrade");
        String reverseReview = reversible(op) ? note(rules, op.reverse(), "downgrade") : null;
        if (review == null && reverseReview == null) {
            return change;
        }
        return new Change(change.operation(), join(change.review(), review), join(change.reverseReview(), reverseReview));
    }

    private static boolean reversible(MigrationOperation op) {
        return op instanceof AlterColumnType alter && alter.previousType() != null
                || op instanceof DropColumn drop && drop.previous() != null;
    }

    private static String note(ComparisonRules rules, MigrationOperation operation, String direction) {
        if (operation instanceof AlterColumnType alter && alter.previousType() != null
                && rules.rewritesTable(alter.previousType(), alter.type(), alter.using())) {
            return "the " + direction + " rewrites " + alter.table() + " and its indexes (" + alter.column() + " "
                    + alter.previousType() + " -> " + alter.type() + ") under an ACCESS EXCLUSIVE lock, blocking all its"
                    + " reads and writes until done; there is no online form, " + SAFE_TYPE_CHANGES;
        }
        if (operation instanceof AddColumn add) {
            return volatileFill(add.table(), add.column(), direction);
        }
        return null;
    }

    private static String volatileFill(String table, ColumnDef column, String direction) {
        if (column.isIdentity()) {
            return "the " + direction + " adds the identity column " + table + "." + column.name() + ", which numbers"
                    + " every row of " + table + " under an ACCESS EXCLUSIVE lock that blocks its reads and writes; the"
                    + " safe recipe: add it as a nullable column, backfill the existing rows in batches, then"
                    + " op.setNotNullViaCheck(\"" + table + "\", \"" + column.name() + "\") and op.addIdentity(...)";
        }
        String fill = column.defaultValue() != null ? column.defaultValue()
                : column.nullable() ? null : column.backfill();
        if (fill == null || !VOLATILE.matcher(fill.strip().toLowerCase(Locale.ROOT)).find()) {
            return null;
        }
        String where = table + "." + column.name();
        return "the " + direction + " adds " + where + " filled with the volatile " + fill + ", which writes every row of "
                + table + " under an ACCESS EXCLUSIVE lock that blocks its reads and writes; the safe recipe: add "
                + where + " nullable without a default, then set the default (new rows get it), then backfill the"
                + " existing rows in batches" + (column.nullable() ? "" : ", then op.setNotNullViaCheck(\"" + table
                + "\", \"" + column.name() + "\")");
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + "\n" + second;
    }
}
