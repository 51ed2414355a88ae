package dev.autogen.codegen;

import dev.autogen.runtime.VisibleText;

/**
 * Keeps text in a generated Java file inert: a message, name or review note can end neither a
 * comment nor a line, and no character of the file can hide or reorder code in front of a reviewer.
 *
 * <p>The compiler turns unicode escapes ({@code \u005Cu000a}) into characters before it reads a
 * comment, so comments double every backslash: an escape then never starts in them.
 */
final class JavaText {
    private JavaText() {
    }

    /** The text of one {@code //} comment line: hidden characters shown as {@code [U+XXXX]}, backslashes doubled. */
    static String lineComment(String text) {
        return VisibleText.oneLine(text).replace("\\", "\\\\");
    }

    /**
     * The text for Javadoc: hidden characters shown as {@code [U+XXXX]}, and backslashes, {@code *}{@code /}
     * and a leading {@code @} written as HTML character references.
     */
    static String javadoc(String text) {
        String escaped = VisibleText.oneLine(text).replace("\\", "&#92;").replace("*/", "*&#47;");
        return escaped.startsWith("@") ? "&#64;" + escaped.substring(1) : escaped;
    }

    /**
     * The source with every hidden character other than its line breaks written as a unicode escape,
     * and each pair of {@link PoetStrings} as the escape of its original character; the compiler reads
     * the same program, and a reviewer sees where the characters are.
     */
    static String escapeHidden(String source) {
        if (VisibleText.firstHidden(source.replace('\n', ' ')) < 0) {
            return source;
        }
        StringBuilder escaped = new StringBuilder(source.length() + 16);
        for (int i = 0; i < source.length(); ) {
            int codePoint = source.codePointAt(i);
            int length = Character.charCount(codePoint);
            if (codePoint == PoetStrings.MARK && i + 1 < source.length()) {
                escaped.append(unicodeEscape(PoetStrings.original(source.charAt(i + 1))));
                length = 2;
            } else if (codePoint != '\n' && codePoint != '\r' && VisibleText.isHidden(codePoint)) {
                for (int j = i; j < i + length; j++) {
                    escaped.append(unicodeEscape(source.charAt(j)));
                }
            } else {
                escaped.append(source, i, i + length);
            }
            i += length;
        }
        return escaped.toString();
    }

    private static String unicodeEscape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
