package dev.autogen.cli;

import dev.autogen.diff.RenameCandidate;
import dev.autogen.diff.RenameQuestion;

import java.io.Console;
import java.util.Locale;

/** Asks "Did you rename X to Y?" on the terminal; used only when there is one. */
final class ConsoleRenameQuestion implements RenameQuestion {
    private final Console console;

    private ConsoleRenameQuestion(Console console) {
        this.console = console;
    }

    /** The question on the process's terminal, or {@code null} when it runs without one. */
    static ConsoleRenameQuestion onTerminal() {
        Console console = System.console();
        return console == null ? null : new ConsoleRenameQuestion(console);
    }

    @Override
    public boolean confirm(RenameCandidate candidate) {
        String answer = console.readLine("%s [y/N] ", candidate.question());
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
