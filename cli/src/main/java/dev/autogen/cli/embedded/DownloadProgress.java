package dev.autogen.cli.embedded;

import java.io.PrintStream;
import java.net.URI;
import java.util.Locale;

/**
 * The progress of a download for people, on standard error: on a terminal one line that counts up
 * in percent, elsewhere (a CI log) a line when it starts and one when it is done.
 *
 * @param out      where the lines go
 * @param terminal whether {@code out} is a terminal, so that a line may be rewritten in place
 */
public record DownloadProgress(PrintStream out, boolean terminal) {
    /** Says nothing: for tests and callers with nobody to tell. */
    public static final DownloadProgress SILENT = new DownloadProgress(new PrintStream(PrintStream.nullOutputStream()),
            false);

    /** A download of {@code length} bytes (or -1 when unknown) of {@code what} from {@code url} starts. */
    Tracker start(String what, URI url, long length) {
        String size = length > 0 ? " (" + megabytes(length) + ")" : "";
        String line = "Downloading " + what + size + " from " + url;
        out.print(terminal ? line + " ..." : line + System.lineSeparator());
        out.flush();
        return new Tracker(line, length, System.nanoTime());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** One download's progress. */
    final class Tracker {
        private final String line;
        private final long length;
        private final long started;
        private long received;
        private long shownPercent = -1;

        private Tracker(String line, long length, long started) {
            this.line = line;
            this.length = length;
            this.started = started;
        }

        /** {@code bytes} more arrived. */
        void received(long bytes) {
            received += bytes;
            if (terminal && length > 0) {
                long percent = Math.min(100, received * 100 / length);
                if (percent != shownPercent) {
                    shownPercent = percent;
                    out.print("\r" + line + " " + percent + "%");
                    out.flush();
                }
            }
        }

        /** The download ended, well or not. */
        void finished(boolean complete) {
            String seconds = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
            String end = complete ? "done, " + megabytes(received) + " in " + seconds : "failed after " + seconds;
            out.println(terminal ? "\r" + line + " " + end : "Download " + end + ".");
            out.flush();
        }
    }
}
