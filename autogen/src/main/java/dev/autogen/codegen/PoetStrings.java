package dev.autogen.codegen;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Carries U+2028 and U+2029 through JavaPoet. JavaPoet breaks the line at every Unicode line
 * break, also inside a string literal, which leaves the literal unclosed; so before rendering, each
 * of them (and the mark itself) becomes the noncharacter U+FDD0 followed by a letter, and
 * {@link JavaText#escapeHidden} writes the pair as the unicode escape of the original character.
 * Ordinary text, which holds none of the three, is not touched.
 */
final class PoetStrings {
    /** The mark that starts a pair; a noncharacter, which text never holds (it is hidden, so refused in messages). */
    static final char MARK = '\uFDD0';
    /** The letter after the mark for the mark itself. */
    static final char FOR_MARK = 'M';
    /** The letter after the mark for U+2028. */
    static final char FOR_LINE_SEPARATOR = 'L';
    /** The letter after the mark for U+2029. */
    static final char FOR_PARAGRAPH_SEPARATOR = 'P';

    private PoetStrings() {
    }

    /** Whether the text holds a character JavaPoet cannot carry. */
    static boolean needed(String text) {
        return text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0 || text.indexOf(MARK) >= 0;
    }

    /** The text with each of the three characters replaced by its pair. */
    static String protect(String text) {
        if (!needed(text)) {
            return text;
        }
        StringBuilder protectedText = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case MARK -> protectedText.append(MARK).append(FOR_MARK);
                case '\u2028' -> protectedText.append(MARK).append(FOR_LINE_SEPARATOR);
                case '\u2029' -> protectedText.append(MARK).append(FOR_PARAGRAPH_SEPARATOR);
                default -> protectedText.append(c);
            }
        }
        return protectedText.toString();
    }

    /** The original character of a pair's letter. */
    static char original(char letter) {
        return switch (letter) {
            case FOR_LINE_SEPARATOR -> '\u2028';
            case FOR_PARAGRAPH_SEPARATOR -> '\u2029';
            default -> MARK;
        };
    }

    /**
     * The operation record with every string in it protected, rebuilt through the canonical
     * constructors of it and its parts; the operation itself when none of its text needs it.
     */
    @SuppressWarnings("unchecked")
    static <T> T protectAll(T operation) {
        if (!needed(operation.toString())) {
            return operation;
        }
        try {
            return (T) rebuild(operation);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AutogenException(ErrorCode.INTERNAL, "Cannot write the text of " + operation
                    + " into Java: it holds U+2028 or U+2029 (" + e + ").", e);
        }
    }

    private static Object rebuild(Object value) throws ReflectiveOperationException {
        if (value instanceof String text) {
            return protect(text);
        }
        if (value instanceof List<?> list) {
            Object[] items = new Object[list.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = rebuild(list.get(i));
            }
            return List.of(items);
        }
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = rebuild(components[i].getAccessor().invoke(record));
            }
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        }
        return value;
    }
}
