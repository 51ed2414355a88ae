package dev.autogen.diff;

/**
 * How a column's values get from one SQL type to another.
 *
 * @param using  the expression that converts a value (the {@code USING} of PostgreSQL), or {@code null}
 *               when the database converts it by itself
 * @param review the note for a reviewer when values may not fit, lose precision or change meaning, or
 *               {@code null}
 */
public record TypeConversion(String using, String review) {
}
