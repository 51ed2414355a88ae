package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every figure of one run: the raw value of each repetition (written as CSV as it comes) and the
 * medians, printed as markdown tables at the end.
 */
final class Results {
    private final Path csv;
    private final Map<String, Series> series = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    Results(Path csv) throws IOException {
        this.csv = csv;
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, "suite,size,tool,figure,repetition,millis,peak_rss_kb\n");
    }

    /** Records one repetition of a figure; {@code peakKb} is -1 when the figure has no process of its own. */
    synchronized void add(String suite, int size, String tool, String figure, double millis, long peakKb)
            throws IOException {
        Series s = series.computeIfAbsent(key(suite, size, tool, figure), k -> new Series(suite, size, tool, figure));
        s.millis.add(millis);
        s.peaks.add(peakKb);
        Files.writeString(csv, String.format(Locale.ROOT, "%s,%d,%s,%s,%d,%.3f,%d%n", suite, size, tool, figure,
                s.millis.size(), millis, peakKb), java.nio.file.StandardOpenOption.APPEND);
        System.out.printf(Locale.ROOT, "  %-8s %5d  %-26s %-34s %10.1f ms%s%n", suite, size, tool, figure, millis,
                peakKb > 0 ? String.format(Locale.ROOT, "  %6.0f MB", peakKb / 1024.0) : "");
    }

    /** Records a remark printed under the tables, such as a run stopped at its time limit. */
    synchronized void note(String text) {
        notes.add(text);
        System.out.println("  note: " + text);
    }

    /** The median of a figure, or NaN when it was not measured. */
    double median(String suite, int size, String tool, String figure) {
        Series s = series.get(key(suite, size, tool, figure));
        return s == null ? Double.NaN : median(s.millis);
    }

    /** All figures as a markdown table: median, min, max, repetitions and median peak memory. */
    String table() {
        StringBuilder out = new StringBuilder("| suite | size | tool | figure | median ms | min | max | n | peak RSS MB |\n"
                + "|---|---:|---|---|---:|---:|---:|---:|---:|\n");
        for (Series s : series.values()) {
            List<Double> peaks = s.peaks.stream().filter(p -> p > 0).map(Long::doubleValue).toList();
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.1f | %.1f | %.1f | %d | %s |%n", s.suite,
                    s.size, s.tool, s.figure, median(s.millis), s.millis.stream().mapToDouble(d -> d).min().orElse(0),
                    s.millis.stream().mapToDouble(d -> d).max().orElse(0), s.millis.size(),
                    peaks.isEmpty() ? "" : String.format(Locale.ROOT, "%.0f", median(peaks) / 1024.0)));
        }
        return out.toString();
    }

    /** The remarks. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(d -> d).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String key(String suite, int size, String tool, String figure) {
        return suite + "|" + size + "|" + tool + "|" + figure;
    }

    private static final class Series {
        final String suite;
        final int size;
        final String tool;
        final String figure;
        final List<Double> millis = new ArrayList<>();
        final List<Long> peaks = new ArrayList<>();

        Series(String suite, int size, String tool, String figure) {
            this.suite = suite;
            this.size = size;
            this.tool = tool;
            this.figure = figure;
        }
    }
}
