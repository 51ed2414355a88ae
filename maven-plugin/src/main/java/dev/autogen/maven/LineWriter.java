package dev.autogen.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to a consumer, and the unfinished last line on flush at close. */
final class LineWriter extends Writer {
    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    LineWriter(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                pending.append(c);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public synchronized void close() {
        if (!pending.isEmpty()) {
            emit();
        }
    }

    private void emit() {
        String line = pending.toString();
        pending.setLength(0);
        lines.accept(line);
    }
}
