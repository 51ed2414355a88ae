package dev.autogen.runtime.dialect;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.VisibleText;

import java.util.List;
import java.util.Optional;

/**
 * How an offline script ({@code upgrade --sql}) is written for one database and the client that runs
 * it: how to run it so that it stops at the first error, what it sets first, how it frames a
 * transaction, comments and ends statements, and how it writes the stored texts of its history rows.
 * The runtime decides what goes into the script; this decides how it is spelled.
 *
 * <p>The defaults are the SQL standard's and correct for any database: {@code --} comments,
 * {@code ;} terminators, {@code START TRANSACTION} and {@code COMMIT}, no setup, and string literals
 * written only for text without backslashes or hidden characters (anything else is refused, since the
 * standard has no escape that every database reads alike). A new dialect overrides {@link #literal}
 * when its strings have an escape syntax or treat backslashes specially, and {@link #howToRun} to name
 * its client.
 */
public interface ScriptFormat {
    /**
     * The command that runs the script and stops at its first error, for the script's header, such as
     * {@code psql -v ON_ERROR_STOP=1 -f <this file>}; empty when there is none to give.
     */
    default Optional<String> howToRun() {
        return Optional.empty();
    }

    /** Who runs the script, as the comments name it: "If psql stops at a step, …". */
    default String runner() {
        return "the client";
    }

    /**
     * Lines for the script's header after how to run it: what a reader must know about how this database
     * runs the script, each without a line break. By default none.
     */
    default List<String> notes() {
        return List.of();
    }

    /** The statements, without terminators, that the script runs first, so that its literals mean what they say. */
    default List<String> setup() {
        return List.of();
    }

    /** A comment line, ending in a line break, that holds the text; the text has no line break of its own. */
    default String comment(String line) {
        return "-- " + line + "\n";
    }

    /** The statement, written with its terminator and a line break. */
    default String statement(String sql) {
        return sql + ";\n";
    }

    /**
     * Whether the script frames each revision, and each step of a stepped one, in a transaction
     * ({@link #begin}, {@link #commit}). A database whose DDL commits implicitly says no: its frame could
     * roll nothing back, and {@link #notes} say what a stop leaves instead. By default yes.
     */
    default boolean framesTransactions() {
        return true;
    }

    /** The statement, without terminator, that opens a transaction. */
    default String begin() {
        return "START TRANSACTION";
    }

    /** The statement, without terminator, that commits it. */
    default String commit() {
        return "COMMIT";
    }

    /**
     * What the comment of a step says after "Step 2 of 3: " when the step runs outside a transaction
     * block, and what to do when it fails there.
     */
    default String outsideTransaction() {
        return "outside a transaction block, where its statement must run.";
    }

    /**
     * The text as a string literal that means exactly the text, whatever the session's settings, and
     * keeps every line of the script visible. By default a standard literal, with single quotes doubled;
     * a text with a backslash or a hidden character ({@link VisibleText}) is refused.
     */
    default String literal(String text) {
        if (text.indexOf('\\') >= 0 || VisibleText.firstHidden(text) >= 0) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The offline script cannot write the text '"
                    + VisibleText.oneLine(text) + "' as a literal for this database: it holds a backslash or a hidden"
                    + " character. Remove it from the revision's id, parents or message.");
        }
        return "'" + text.replace("'", "''") + "'";
    }
}
