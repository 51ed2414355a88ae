package dev.autogen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The classes last compiled from the migrations folder, kept in {@code .autogen/compiled/} under
 * the working directory and keyed by a hash of every source file, the compiler's class path (with
 * the size and time of each entry) and the Java version. Commands that only read the graph, such as
 * {@code check} or {@code current}, then skip the compiler while nothing changed. It is only an
 * optimization: a cache that cannot be read or written is ignored.
 */
final class CompiledMigrationCache {
    private static final String FORMAT = "autogen compiled migrations 1";
    private static final String ORIGINS = "origins.txt";

    private final Path root;

    /** A cache in {@code directory}, created on first write. */
    CompiledMigrationCache(Path directory) {
        this.root = directory;
    }

    /**
     * The compiled classes.
     *
     * @param classes class bytes by binary name
     * @param origins the source file of each class, relative to the working directory
     */
    record Entry(Map<String, byte[]> classes, Map<String, String> origins) {
    }

    /** The cache key of a set of sources compiled against a class path. */
    static String key(List<Path> sources, String classpath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMAT + "\n" + System.getProperty("java.version") + "\n");
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                update(digest, entry + (Files.exists(path) ? " " + Files.size(path) + " "
                        + Files.getLastModifiedTime(path).toMillis() : "") + "\n");
            }
            for (Path source : sources) {
                update(digest, source.toAbsolutePath().normalize() + "\n");
                digest.update(Files.readAllBytes(source));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entry of a key, when present and readable. */
    Optional<Entry> read(String key) {
        Path dir = root.resolve(key);
        if (!Files.isRegularFile(dir.resolve(ORIGINS))) {
            return Optional.empty();
        }
        try {
            Map<String, String> origins = new TreeMap<>();
            Map<String, byte[]> classes = new TreeMap<>();
            for (String line : Files.readAllLines(dir.resolve(ORIGINS))) {
                int tab = line.indexOf('\t');
                String name = tab < 0 ? line : line.substring(0, tab);
                if (tab >= 0) {
                    origins.put(name, line.substring(tab + 1));
                }
                classes.put(name, Files.readAllBytes(dir.resolve(name + ".class")));
            }
            return Optional.of(new Entry(classes, origins));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores an entry under its key and removes older entries; failures are ignored. */
    void write(String key, Entry entry) {
        Path dir = root.resolve(key);
        Path partial = root.resolve(key + ".partial");
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            StringBuilder index = new StringBuilder();
            for (Map.Entry<String, byte[]> type : entry.classes().entrySet()) {
                Files.write(partial.resolve(type.getKey() + ".class"), type.getValue());
                String origin = entry.origins().get(type.getKey());
                index.append(type.getKey()).append(origin == null ? "" : "\t" + origin).append('\n');
            }
            Files.writeString(partial.resolve(ORIGINS), index, StandardCharsets.UTF_8);
            try (Stream<Path> old = Files.list(root)) {
                for (Path stale : old.filter(p -> !p.equals(partial)).toList()) {
                    deleteTree(stale);
                }
            }
            Files.move(partial, dir);
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(partial);
            } catch (IOException | RuntimeException ignored) {
                // The cache is an optimization; the next command compiles again.
            }
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
