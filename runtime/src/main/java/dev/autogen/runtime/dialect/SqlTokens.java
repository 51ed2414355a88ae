package dev.autogen.runtime.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of hand-written or rendered SQL, for recognising a statement's shape: words (upper
 * case), identifiers (as PostgreSQL stores them), string literals, numbers and punctuation.
 * Comments are dropped. {@link #statements} splits at top-level semicolons.
 */
final class SqlTokens {
    /** What a token is. */
    enum Kind { WORD, QUOTED, STRING, NUMBER, PUNCT }

    /**
     * One token.
     *
     * @param kind  what it is
     * @param text  a word in upper case, a quoted identifier unquoted, punctuation as written
     * @param raw   the token as written
     */
    record Token(Kind kind, String text, String raw) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean isPunct(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }

        boolean isIdentifier() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** The identifier as PostgreSQL stores it. */
        String identifier() {
            return kind == Kind.QUOTED ? text : PostgresIdentifiers.fold(raw);
        }
    }

    private final String sql;
    private int position;

    private SqlTokens(String sql) {
        this.sql = sql;
    }

    /** The statements of the text, each as its tokens; empty statements are left out. */
    static List<List<Token>> statements(String sql) {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : new SqlTokens(sql).all()) {
            if (token.isPunct(";")) {
                if (!current.isEmpty()) {
                    statements.add(List.copyOf(current));
                }
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            statements.add(List.copyOf(current));
        }
        return statements;
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (position < sql.length()) {
            char c = sql.charAt(position);
            int start = position;
            if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '-' && next() == '-') {
                int end = sql.indexOf('\n', position);
                position = end < 0 ? sql.length() : end + 1;
            } else if (c == '/' && next() == '*') {
                position = SqlLexing.endOfBlockComment(sql, position);
            } else if (c == '"') {
                position = closing('"', position);
                String body = sql.substring(start + 1, Math.max(start + 1, position - 1));
                tokens.add(new Token(Kind.QUOTED, body.replace("\"\"", "\""), sql.substring(start, position)));
            } else if (c == '\'' || (c == 'E' || c == 'e') && next() == '\'') {
                position = closing('\'', c == '\'' ? position : position + 1);
                tokens.add(new Token(Kind.STRING, sql.substring(start, position), sql.substring(start, position)));
            } else if (c == '$' && SqlLexing.dollarTagAt(sql, position) != null) {
                String tag = SqlLexing.dollarTagAt(sql, position);
                int end = sql.indexOf(tag, position + tag.length());
                position = end < 0 ? sql.length() : end + tag.length();
                tokens.add(new Token(Kind.STRING, sql.substring(start, position), sql.substring(start, position)));
            } else if (Character.isLetter(c) || c == '_') {
                while (position < sql.length() && (Character.isLetterOrDigit(sql.charAt(position))
                        || sql.charAt(position) == '_' || sql.charAt(position) == '$')) {
                    position++;
                }
                String word = sql.substring(start, position);
                tokens.add(new Token(Kind.WORD, word.toUpperCase(Locale.ROOT), word));
            } else if (Character.isDigit(c)) {
                while (position < sql.length() && (Character.isDigit(sql.charAt(position)) || sql.charAt(position) == '.')) {
                    position++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(start, position), sql.substring(start, position)));
            } else {
                position++;
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), String.valueOf(c)));
            }
        }
        return tokens;
    }

    /** The position after the quote that closes the one at {@code from}; a doubled quote does not close. */
    private int closing(char quote, int from) {
        int i = from + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private char next() {
        return position + 1 < sql.length() ? sql.charAt(position + 1) : '\0';
    }
}
