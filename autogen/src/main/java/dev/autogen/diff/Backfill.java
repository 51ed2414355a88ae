package dev.autogen.diff;

/**
 * The value that fills existing rows of a column that becomes {@code NOT NULL}.
 *
 * @param expression the SQL expression
 * @param review     a review note when the value is a placeholder, otherwise {@code null}
 */
public record Backfill(String expression, String review) {
}
