package dev.autogen.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code @Column(columnDefinition = "...")} taken apart the way PostgreSQL reads it: the type,
 * and the clauses Hibernate copies into the DDL after it ({@code DEFAULT}, {@code NOT NULL},
 * {@code CHECK}, {@code UNIQUE}, {@code GENERATED ALWAYS AS (...) STORED}). A {@code serial} type is the integer type it stands for, with
 * {@code NOT NULL} and a default from its own sequence.
 *
 * @param type         the SQL type
 * @param defaultValue the default expression, or {@code null}
 * @param notNull      whether the definition says {@code NOT NULL}
 * @param checks       the check expressions, without the {@code CHECK} keyword
 * @param unique       whether the definition says {@code UNIQUE}
 * @param serial       whether the type is a {@code serial} type
 * @param generatedAs  the expression of a stored generated column, or {@code null}
 */
record ColumnDefinition(String type, String defaultValue, boolean notNull, List<String> checks, boolean unique,
                        boolean serial, String generatedAs) {
    private static final Set<String> CLAUSES = Set.of("default", "not", "null", "check", "unique", "primary",
            "references", "collate", "generated", "constraint");

    /** A definition of an ordinary (not generated) column. */
    ColumnDefinition(String type, String defaultValue, boolean notNull, List<String> checks, boolean unique,
                     boolean serial) {
        this(type, defaultValue, notNull, checks, unique, serial, null);
    }

    /** Parses a definition. */
    static ColumnDefinition parse(String definition) {
        List<String> words = words(definition);
        StringBuilder type = new StringBuilder();
        int i = 0;
        while (i < words.size() && !CLAUSES.contains(lower(words.get(i)))) {
            append(type, words.get(i++));
        }
        String defaultValue = null;
        boolean notNull = false;
        boolean unique = false;
        String generatedAs = null;
        List<String> checks = new ArrayList<>();
        while (i < words.size()) {
            String word = lower(words.get(i++));
            switch (word) {
                case "default" -> {
                    StringBuilder expression = new StringBuilder();
                    while (i < words.size() && !CLAUSES.contains(lower(words.get(i)))) {
                        append(expression, words.get(i++));
                    }
                    defaultValue = expression.toString();
                }
                case "not" -> {
                    notNull = i < words.size() && lower(words.get(i)).equals("null");
                    i++;
                }
                case "check" -> {
                    if (i < words.size() && words.get(i).startsWith("(")) {
                        String body = words.get(i++);
                        checks.add(body.substring(1, body.length() - 1).strip());
                    }
                }
                case "unique" -> unique = true;
                case "generated" -> {
                    int as = i + 1;
                    if (as + 1 < words.size() && lower(words.get(i)).equals("always") && lower(words.get(as)).equals("as")
                            && words.get(as + 1).startsWith("(")) {
                        String body = words.get(as + 1);
                        generatedAs = body.substring(1, body.length() - 1).strip();
                        i = as + 2;
                    }
                }
                default -> {
                }
            }
        }
        String sqlType = type.toString();
        String serialType = switch (lower(sqlType)) {
            case "serial", "serial4" -> "integer";
            case "bigserial", "serial8" -> "bigint";
            case "smallserial", "serial2" -> "smallint";
            default -> null;
        };
        return new ColumnDefinition(serialType == null ? sqlType : serialType, defaultValue,
                notNull || serialType != null, checks, unique, serialType != null, generatedAs);
    }

    private static void append(StringBuilder text, String word) {
        if (!text.isEmpty() && !word.startsWith("(") && !word.startsWith("[")) {
            text.append(' ');
        }
        text.append(word);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Words and parenthesized groups at top level; quoted text stays inside its word. */
    private static List<String> words(String definition) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (char c : definition.strip().toCharArray()) {
            if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word.append(c);
            } else if (c == '(') {
                if (depth == 0 && !word.isEmpty() && !isTypeName(word)) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                depth++;
                word.append(c);
            } else if (c == ')') {
                depth--;
                word.append(c);
            } else if (Character.isWhitespace(c) && depth == 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isTypeName(StringBuilder word) {
        return !CLAUSES.contains(lower(word.toString()));
    }
}
