package dev.autogen.runtime.dialect;

/**
 * The parts of PostgreSQL's lexical rules that every reader of hand-written SQL in autogen shares:
 * where a (nestable) block comment ends and what a dollar-quote tag is.
 */
public final class SqlLexing {
    private SqlLexing() {
    }

    /**
     * The index just after the block comment that starts at {@code start} ({@code /*}), nested
     * comments included, or the text's length when the comment is not closed.
     */
    public static int endOfBlockComment(String sql, int start) {
        int depth = 0;
        int position = start;
        while (position < sql.length()) {
            if (sql.startsWith("/*", position)) {
                depth++;
                position += 2;
            } else if (sql.startsWith("*/", position)) {
                position += 2;
                if (--depth == 0) {
                    return position;
                }
            } else {
                position++;
            }
        }
        return position;
    }

    /** The dollar-quote tag ({@code $$} or {@code $name$}) that starts at the position, or {@code null}. */
    public static String dollarTagAt(String sql, int position) {
        int end = position + 1;
        while (end < sql.length() && sql.charAt(end) != '$') {
            char c = sql.charAt(end);
            boolean allowed = Character.isLetter(c) || c == '_' || end > position + 1 && Character.isDigit(c);
            if (!allowed) {
                return null;
            }
            end++;
        }
        return end < sql.length() ? sql.substring(position, end + 1) : null;
    }
}
