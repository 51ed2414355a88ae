package dev.autogen.runtime;

import java.util.Set;

/**
 * Keeps text that autogen writes into a one-line comment inert and visible: no character of it can
 * end the line, and none can hide or reorder text in front of a reviewer.
 *
 * <p>A character is <em>hidden</em> when it is a control character (line breaks, tab, NUL, U+0085),
 * a line or paragraph separator (U+2028, U+2029), an unpaired surrogate, or a format character such
 * as the bidirectional overrides (U+202A–U+202E, U+2066–U+2069) and the zero-width space, or a
 * noncharacter (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their like in every plane), or one of the
 * letters and marks that show nothing (the combining grapheme joiner U+034F, the Hangul fillers
 * U+115F, U+1160, U+3164 and U+FFA0, the Khmer inherent vowels U+17B4 and U+17B5). The zero-width
 * joiner and non-joiner (U+200D, U+200C) and the variation selectors are not hidden: some scripts
 * and emoji need them.
 */
public final class VisibleText {
    private static final Set<Integer> BLANK_LETTERS = Set.of(
            0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0);

    private VisibleText() {
    }

    /** Whether the code point is hidden in the sense above. */
    public static boolean isHidden(int codePoint) {
        if (codePoint == 0x200C || codePoint == 0x200D) {
            return false;
        }
        if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE
                || BLANK_LETTERS.contains(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** The index (in chars) of the first hidden character of the text, or -1 when it has none. */
    public static int firstHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isHidden(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** The text with every hidden character written as {@code [U+XXXX]}; other text unchanged. */
    public static String oneLine(String text) {
        if (firstHidden(text) < 0) {
            return text;
        }
        StringBuilder visible = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            if (isHidden(codePoint)) {
                visible.append(name(codePoint));
            } else {
                visible.appendCodePoint(codePoint);
            }
        });
        return visible.toString();
    }

    /** The code point as {@code [U+XXXX]}, the way messages and comments show a hidden character. */
    public static String name(int codePoint) {
        return String.format("[U+%04X]", codePoint);
    }
}
