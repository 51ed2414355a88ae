package dev.autogen.runtime.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index of the migrations of one package, written next to their classes at compile time by the
 * {@link RevisionIndexProcessor}, so that a {@link PackageScanner} learns every revision from one
 * small file instead of reading every class file. One line per class, sorted by class name, tab
 * separated: simple class name, id, parents (comma separated), {@code true} or {@code false} for
 * transactional, source digest (or {@code -}), message, and for a squashed revision only, the
 * revisions it replaces (comma separated); backslashes, tabs and line breaks in a field are escaped.
 */
public final class RevisionIndex {
    /** The file name of the index, in the package's folder of the class output. */
    public static final String FILE_NAME = "autogen-revisions.idx";

    private static final String HEADER = "# autogen revision index 1";

    /**
     * One migration class of the index.
     *
     * @param simpleName    the class name without its package
     * @param id            the revision id
     * @param parents       the parent ids
     * @param message       the message
     * @param transactional whether it runs in one transaction
     * @param sourceDigest  the {@linkplain SourceDigests#of digest of its source}, or {@code null} when unknown
     * @param replaces      the revisions it squashes, empty for most
     */
    public record Entry(String simpleName, String id, List<String> parents, String message, boolean transactional,
                        String sourceDigest, List<String> replaces) {
        /** Copies the lists. */
        public Entry {
            parents = List.copyOf(parents);
            replaces = replaces == null ? List.of() : List.copyOf(replaces);
        }

        /** An entry of a revision that squashes no other. */
        public Entry(String simpleName, String id, List<String> parents, String message, boolean transactional,
                     String sourceDigest) {
            this(simpleName, id, parents, message, transactional, sourceDigest, List.of());
        }
    }

    private RevisionIndex() {
    }

    /** The text of the index of the given classes, the same whatever their order. */
    public static String write(Collection<Entry> entries) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::simpleName));
        for (Entry entry : sorted) {
            text.append(escape(entry.simpleName())).append('\t')
                    .append(escape(entry.id())).append('\t')
                    .append(escape(String.join(",", entry.parents()))).append('\t')
                    .append(entry.transactional()).append('\t')
                    .append(entry.sourceDigest() == null ? "-" : escape(entry.sourceDigest())).append('\t')
                    .append(escape(entry.message()));
            if (!entry.replaces().isEmpty()) {
                text.append('\t').append(escape(String.join(",", entry.replaces())));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The entries of an index by simple class name; an index in a format this version does not
     * know gives {@code null}, so that the caller reads the class files instead.
     */
    public static Map<String, Entry> read(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 || !text.substring(0, lineEnd).equals(HEADER)) {
            return null;
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] fields = new String[6];
        String[] squashFields = new String[7];
        for (int start = lineEnd + 1; start < text.length(); start = lineEnd + 1) {
            lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd == start) {
                continue;
            }
            List<String> replaces = List.of();
            if (split(text, start, lineEnd, squashFields)) {
                System.arraycopy(squashFields, 0, fields, 0, fields.length);
                replaces = ids(squashFields[6]);
            } else if (!split(text, start, lineEnd, fields)) {
                return null;
            }
            Entry entry = new Entry(unescape(fields[0]), unescape(fields[1]), ids(fields[2]), unescape(fields[5]),
                    Boolean.parseBoolean(fields[3]), fields[4].equals("-") ? null : unescape(fields[4]), replaces);
            entries.put(entry.simpleName(), entry);
        }
        return entries;
    }

    private static List<String> ids(String field) {
        String ids = unescape(field);
        return ids.isEmpty() ? List.of() : List.of(ids.split(","));
    }

    private static boolean split(String text, int start, int end, String[] fields) {
        int field = 0;
        int from = start;
        while (field < fields.length - 1) {
            int tab = text.indexOf('\t', from);
            if (tab < 0 || tab > end) {
                return false;
            }
            fields[field++] = text.substring(from, tab);
            from = tab + 1;
        }
        fields[field] = text.substring(from, end);
        return fields[field].indexOf('\t') < 0;
    }

    private static String escape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
