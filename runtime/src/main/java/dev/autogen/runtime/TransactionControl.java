package dev.autogen.runtime;

import dev.autogen.runtime.dialect.SqlLexing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the statements in hand-written SQL that end or open a transaction ({@code BEGIN},
 * {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT},
 * {@code PREPARE TRANSACTION}, {@code COMMIT PREPARED}, {@code ROLLBACK PREPARED}), also when they are
 * not the first statement of the text. Savepoints ({@code SAVEPOINT}, {@code RELEASE},
 * {@code ROLLBACK TO}) stay inside the transaction and are allowed.
 *
 * <p>A small lexer splits the text at semicolons outside string literals ({@code '...'},
 * {@code E'...'}, {@code U&'...'}), quoted identifiers, dollar-quoted bodies, comments and
 * SQL-standard function bodies ({@code BEGIN ATOMIC ... END}), and looks at the first words of each
 * statement. It splits inside parentheses too: a rule's action list cannot hold transaction control,
 * so that only errs on the safe side, also when the parentheses do not match.
 */
final class TransactionControl {
    private static final int SHOWN_LENGTH = 80;

    private final String sql;
    private final boolean backslashEscapes;
    private int position;

    private TransactionControl(String sql, boolean backslashEscapes) {
        this.sql = sql;
        this.backslashEscapes = backslashEscapes;
    }

    /**
     * The first statement of the text that controls the transaction, shortened for a message; empty
     * when none. The text is read twice, with plain string literals as {@code standard_conforming_strings}
     * on and off reads them, so that a session with either setting cannot hide such a statement.
     */
    static Optional<String> find(String sql) {
        Optional<String> standard = new TransactionControl(sql, false).first();
        return standard.isPresent() ? standard : new TransactionControl(sql, true).first();
    }

    private Optional<String> first() {
        for (Statement statement : statements()) {
            if (controlsTransaction(statement.words())) {
                return Optional.of(shorten(sql.substring(statement.start(), statement.end()).strip()));
            }
        }
        return Optional.empty();
    }

    private static boolean controlsTransaction(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String second = words.size() > 1 ? words.get(1) : "";
        String third = words.size() > 2 ? words.get(2) : "";
        return switch (words.get(0)) {
            case "BEGIN", "COMMIT", "END", "ABORT" -> true;
            case "START", "PREPARE" -> second.equals("TRANSACTION");
            case "ROLLBACK" -> !second.equals("TO")
                    && !((second.equals("WORK") || second.equals("TRANSACTION")) && third.equals("TO"));
            default -> false;
        };
    }

    private List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int start = 0;
        int atomicDepth = 0;
        String previousWord = "";
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (c == ';' && atomicDepth == 0) {
                statements.add(new Statement(List.copyOf(words), start, position));
                words.clear();
                previousWord = "";
                start = ++position;
            } else if (isWordStart(c)) {
                int wordStart = position;
                String word = word();
                if (word.isEmpty()) {
                    continue;
                }
                if (words.isEmpty()) {
                    start = wordStart;
                }
                if (atomicDepth > 0) {
                    atomicDepth += word.equals("CASE") ? 1 : word.equals("END") ? -1 : 0;
                } else if (word.equals("ATOMIC") && previousWord.equals("BEGIN") && words.size() > 1) {
                    atomicDepth = 1;
                }
                if (words.size() < 3) {
                    words.add(word);
                }
                previousWord = word;
            } else {
                skipNonWord(c);
            }
        }
        statements.add(new Statement(List.copyOf(words), start, sql.length()));
        return statements;
    }

    private String word() {
        int begin = position;
        if ((sql.charAt(position) == 'E' || sql.charAt(position) == 'e') && next(1) == '\'') {
            position += 1;
            skipQuoted('\'', true);
            return "";
        }
        while (position < sql.length() && isWordPart(sql.charAt(position))) {
            position++;
        }
        return sql.substring(begin, position).toUpperCase(Locale.ROOT);
    }

    private void skipNonWord(char c) {
        if (c == '-' && next(1) == '-') {
            int end = sql.indexOf('\n', position);
            position = end < 0 ? sql.length() : end + 1;
        } else if (c == '/' && next(1) == '*') {
            position = SqlLexing.endOfBlockComment(sql, position);
        } else if (c == '\'' || c == '"') {
            skipQuoted(c, c == '\'' && backslashEscapes);
        } else if (c == '$' && SqlLexing.dollarTagAt(sql, position) != null) {
            String tag = SqlLexing.dollarTagAt(sql, position);
            int end = sql.indexOf(tag, position + tag.length());
            position = end < 0 ? sql.length() : end + tag.length();
        } else {
            position++;
        }
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        position++;
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (backslashEscapes && c == '\\') {
                position += 2;
            } else if (c == quote && next(1) == quote) {
                position += 2;
            } else if (c == quote) {
                position++;
                return;
            } else {
                position++;
            }
        }
    }

    private char next(int offset) {
        return position + offset < sql.length() ? sql.charAt(position + offset) : '\0';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static String shorten(String statement) {
        String oneLine = VisibleText.oneLine(statement.replaceAll("\\s+", " "));
        return oneLine.length() > SHOWN_LENGTH ? oneLine.substring(0, SHOWN_LENGTH - 3) + "..." : oneLine;
    }

    private record Statement(List<String> words, int start, int end) {
    }
}
