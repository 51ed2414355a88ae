package dev.autogen.cli;

import dev.autogen.runtime.VisibleText;
import dev.autogen.runtime.history.HistoryTable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.Charset;

/**
 * The rules for the message of a new revision ({@code revision -m}, {@code merge -m}): one line of
 * visible text that the history table can store. A message that breaks them is a usage error, and
 * nothing is written.
 */
final class RevisionMessage {
    private static final int REPLACEMENT_CHARACTER = 0xFFFD;

    private RevisionMessage() {
    }

    /** Throws a usage error naming the rule the message breaks and what to do instead. */
    static void check(CommandSpec spec, String message) {
        String problem = problem(message, Charset.forName(System.getProperty("sun.jnu.encoding",
                Charset.defaultCharset().name())));
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The message (-m) " + problem
                    + " Nothing was written.");
        }
    }

    /** What is wrong with the message, as the middle of a sentence, or {@code null} when nothing is. */
    static String problem(String message, Charset argumentCharset) {
        if (message.isBlank()) {
            return "is empty; say in a few words what the migration does, e.g. -m \"add due date\".";
        }
        int replacement = message.indexOf(REPLACEMENT_CHARACTER);
        if (replacement >= 0) {
            return "has the replacement character U+FFFD at character " + position(message, replacement)
                    + ": the arguments were decoded as " + argumentCharset.name() + ", and what could not be"
                    + " decoded was lost. Run autogen under a UTF-8 locale (for example LANG=C.UTF-8), or through"
                    + " bin/autogen, which does that itself.";
        }
        int hidden = VisibleText.firstHidden(message);
        if (hidden >= 0) {
            return "has " + VisibleText.name(message.codePointAt(hidden)) + " at character "
                    + position(message, hidden) + ", a line break, control or invisible formatting character; a"
                    + " message is one line of visible text. Write it on one line, and put details in the"
                    + " migration's Javadoc.";
        }
        int length = HistoryTable.descriptionLength(message);
        if (length > HistoryTable.DESCRIPTION_LENGTH) {
            return "has " + length + " characters; the history table stores at most " + HistoryTable.DESCRIPTION_LENGTH
                    + ". Shorten it, and put details in the migration's Javadoc.";
        }
        return null;
    }

    private static int position(String message, int index) {
        return message.codePointCount(0, index) + 1;
    }
}
