package dev.autogen.cli.spring;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code spring.config.activate.on-profile} value as Spring Boot reads it: comma-separated
 * alternatives, each a profile name or an expression with {@code !}, {@code &}, {@code |} and
 * parentheses.
 */
final class ProfileExpression {
    private final String text;
    private final String file;
    private List<String> tokens;
    private int position;

    private ProfileExpression(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /** Whether the expression holds for the active profiles; {@code file} names it in errors. */
    static boolean matches(String expression, Set<String> active, String file) {
        for (String alternative : expression.split(",")) {
            if (!alternative.isBlank() && new ProfileExpression(alternative.strip(), file).evaluate(active)) {
                return true;
            }
        }
        return false;
    }

    private boolean evaluate(Set<String> active) {
        tokens = tokenize(text);
        position = 0;
        boolean result = or(active);
        if (position != tokens.size()) {
            throw malformed();
        }
        return result;
    }

    private boolean or(Set<String> active) {
        boolean result = and(active);
        while (accept("|")) {
            result |= and(active);
        }
        return result;
    }

    private boolean and(Set<String> active) {
        boolean result = unary(active);
        while (accept("&")) {
            result &= unary(active);
        }
        return result;
    }

    private boolean unary(Set<String> active) {
        if (accept("!")) {
            return !unary(active);
        }
        if (accept("(")) {
            boolean inner = or(active);
            if (!accept(")")) {
                throw malformed();
            }
            return inner;
        }
        if (position >= tokens.size() || "|&!()".contains(tokens.get(position))) {
            throw malformed();
        }
        return active.contains(tokens.get(position++));
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("|&!()".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                if (!name.isEmpty()) {
                    tokens.add(name.toString());
                    name.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                name.append(c);
            }
        }
        if (!name.isEmpty()) {
            tokens.add(name.toString());
        }
        return tokens;
    }

    private AutogenException malformed() {
        return new AutogenException(ErrorCode.CONFIGURATION, "The profile expression '" + text + "' of "
                + SpringDocument.ON_PROFILE + " in " + file + " is malformed. Use profile names joined by"
                + " '&', '|' and '!', with parentheses, as Spring Boot expects.");
    }
}
