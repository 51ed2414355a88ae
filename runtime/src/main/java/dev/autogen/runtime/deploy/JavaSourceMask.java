package dev.autogen.runtime.deploy;

/**
 * Java source with its comments, string and character literals and text blocks blanked out (line
 * breaks kept), so that a search for code finds only code and line numbers stay the same.
 */
final class JavaSourceMask {
    private JavaSourceMask() {
    }

    static String mask(String source) {
        StringBuilder masked = new StringBuilder(source);
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(source.length(), end + 1);
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (masked.charAt(j) != '\n') {
                    masked.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return masked.toString();
    }

    /** The index of the brace that closes the one at {@code open}, or the text's length when none does. */
    static int matchingBrace(String masked, int open) {
        int depth = 0;
        for (int i = Math.max(open, 0); i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return masked.length();
    }
}
