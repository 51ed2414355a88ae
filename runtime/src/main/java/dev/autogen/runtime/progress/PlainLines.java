package dev.autogen.runtime.progress;

import java.io.PrintWriter;
import java.util.List;

/** A line per showing of a task, and one when it ends, for logs: no carriage return and no colour. */
final class PlainLines implements ProgressDisplay {
    private final PrintWriter err;

    PlainLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void running(List<Line> tasks) {
        tasks.forEach(task -> err.println("… " + task.text()));
        err.flush();
    }

    @Override
    public void finished(Line task) {
        err.println("… done after " + Line.seconds(task.elapsed()) + ": " + task.label());
        err.flush();
    }
}
