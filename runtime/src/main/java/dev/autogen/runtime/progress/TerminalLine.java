package dev.autogen.runtime.progress;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One line on a terminal, rewritten in place with a carriage return: the oldest task shown and, when
 * several run, the newest after it, without the revision the oldest already names
 * ({@code [1/3] applying 20240101_000001 (5 s) · UPDATE …}). A task's end clears the line, so the
 * output after it starts on a clean line.
 */
final class TerminalLine implements ProgressDisplay {
    private final PrintWriter err;
    private final int width;
    private final UnaryOperator<String> style;
    private int shownLength;
    private String shown = "";

    TerminalLine(PrintWriter err, int width, UnaryOperator<String> style) {
        this.err = err;
        this.width = Math.max(20, width);
        this.style = style;
    }

    @Override
    public void running(List<Line> tasks) {
        Line oldest = tasks.get(0);
        String text = oldest.text();
        if (tasks.size() > 1) {
            text += " · " + withoutRepeat(oldest.label(), tasks.get(tasks.size() - 1).text());
        }
        text = fitted(text);
        if (text.equals(shown)) {
            return;
        }
        shown = text;
        err.print("\r" + style.apply(text) + " ".repeat(Math.max(0, shownLength - text.length())));
        err.flush();
        shownLength = text.length();
    }

    @Override
    public void finished(Line task) {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
            shown = "";
        }
    }

    /** The newer text without a leading {@code name: } that the older label ends with. */
    private static String withoutRepeat(String older, String newer) {
        int colon = newer.indexOf(": ");
        return colon > 0 && older.endsWith(" " + newer.substring(0, colon)) ? newer.substring(colon + 2) : newer;
    }

    private String fitted(String text) {
        int room = width - 1;
        return text.length() <= room ? text : text.substring(0, room - 1) + "…";
    }
}
