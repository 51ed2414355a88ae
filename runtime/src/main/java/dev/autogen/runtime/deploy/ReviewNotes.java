package dev.autogen.runtime.deploy;

import dev.autogen.runtime.Plural;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code // REVIEW:} notes of a migration's {@code upgrade()} method, paired with the operations
 * it records. A note belongs to the {@code op.} statement right below it: the comment lines
 * directly above the statement, one of which starts with {@code // REVIEW:}. The statements are
 * paired with the recorded operations in order; when their numbers differ (a loop, a helper method)
 * they cannot be paired, and only a note right above the {@code upgrade} method itself, which
 * covers the whole migration, counts.
 *
 * @param noted   for each recorded operation, whether a note covers it
 * @param problem why the notes could not be paired with the operations, or {@code null}
 */
record ReviewNotes(List<Boolean> noted, String problem) {
    private static final String NOTE = "// REVIEW:";
    private static final Pattern UPGRADE = Pattern.compile(
            "\\bvoid\\s+upgrade\\s*\\(\\s*(?:final\\s+)?(?:[\\w.]+\\.)?Operations\\s+(\\w+)\\s*\\)");

    /** Validates the record. */
    ReviewNotes {
        noted = List.copyOf(noted);
    }

    /** Whether a note covers the operation at this index. */
    boolean isNoted(int index) {
        return index < noted.size() && noted.get(index);
    }

    /** No source: notes cannot be read. */
    static ReviewNotes withoutSource() {
        return new ReviewNotes(List.of(), "its source is not available (known only as a compiled class), so its"
                + " // REVIEW: notes cannot be read; run lint where the migration sources are (--migrations-dir)");
    }

    /** The notes of the source for the given number of recorded operations. */
    static ReviewNotes of(String source, int operations) {
        String masked = JavaSourceMask.mask(source);
        Matcher upgrade = UPGRADE.matcher(masked);
        if (!upgrade.find()) {
            return new ReviewNotes(List.of(), "no upgrade(Operations ...) method found in its source");
        }
        String[] lines = source.split("\n", -1);
        if (noteAbove(lines, lineOf(masked, upgrade.start()), true)) {
            return new ReviewNotes(Collections.nCopies(operations, true), null);
        }
        int open = masked.indexOf('{', upgrade.end());
        int close = JavaSourceMask.matchingBrace(masked, open);
        Matcher calls = Pattern.compile("\\b" + Pattern.quote(upgrade.group(1)) + "\\s*\\.\\s*\\w+\\s*\\(")
                .matcher(masked).region(open + 1, close);
        List<Integer> statementLines = new ArrayList<>();
        while (calls.find()) {
            if (startsStatement(masked, calls.start())) {
                statementLines.add(lineOf(masked, calls.start()));
            }
        }
        if (statementLines.size() != operations) {
            return new ReviewNotes(List.of(), "its upgrade() records "
                    + Plural.of(operations, "operation") + " but has " + Plural.of(statementLines.size(), upgrade.group(1)
                    + ". statement") + " (a loop, a helper method or a"
                    + " condition), so notes cannot be paired with operations; once you have reviewed them all, put one"
                    + " // REVIEW: note right above the upgrade method");
        }
        List<Boolean> noted = new ArrayList<>();
        for (int line : statementLines) {
            noted.add(noteAbove(lines, line, false));
        }
        return new ReviewNotes(noted, null);
    }

    /** Whether the comment lines right above the line hold a note; above a method, annotations are skipped. */
    private static boolean noteAbove(String[] lines, int line, boolean skipAnnotations) {
        for (int i = line - 1; i >= 0; i--) {
            String text = lines[i].strip();
            if (text.startsWith(NOTE)) {
                return true;
            }
            boolean annotation = skipAnnotations && text.startsWith("@");
            if (!text.startsWith("//") && !annotation) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsStatement(String masked, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = masked.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '}' || c == ';' || c == ')' || c == '>' || c == ':';
            }
        }
        return false;
    }

    private static int lineOf(String text, int index) {
        int line = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
