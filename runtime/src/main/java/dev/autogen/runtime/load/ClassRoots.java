package dev.autogen.runtime.load;

import dev.autogen.runtime.Plural;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The places that hold classes in the jars and folders a user names on a command line, read in
 * place, nothing extracted to disk: a folder; a plain jar; and in a Spring Boot fat jar its
 * {@code BOOT-INF/classes} and every jar in {@code BOOT-INF/lib} (in a war, {@code WEB-INF/classes},
 * {@code WEB-INF/lib} and {@code WEB-INF/lib-provided}). A jar nested in another is opened through
 * the zip file system, which holds it in memory while the roots are open.
 */
public final class ClassRoots implements AutoCloseable {
    private static final List<Layout> LAYOUTS = List.of(
            new Layout("a Spring Boot fat jar", "BOOT-INF/classes", List.of("BOOT-INF/lib")),
            new Layout("a war", "WEB-INF/classes", List.of("WEB-INF/lib", "WEB-INF/lib-provided")));

    private final List<Path> roots;
    private final List<String> descriptions;
    private final List<FileSystem> fileSystems;

    private ClassRoots(List<Path> roots, List<String> descriptions, List<FileSystem> fileSystems) {
        this.roots = roots;
        this.descriptions = descriptions;
        this.fileSystems = fileSystems;
    }

    /** Opens the class roots of existing folders and jars, in the given order. */
    public static ClassRoots open(List<Path> entries) throws IOException {
        List<Path> roots = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<FileSystem> fileSystems = new ArrayList<>();
        try {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    roots.add(entry);
                    descriptions.add(entry.toString());
                    continue;
                }
                FileSystem jar = FileSystems.newFileSystem(entry);
                fileSystems.add(jar);
                descriptions.add(entry + addJar(jar, roots, fileSystems));
            }
        } catch (IOException | RuntimeException e) {
            new ClassRoots(roots, descriptions, fileSystems).close();
            throw e;
        }
        return new ClassRoots(List.copyOf(roots), List.copyOf(descriptions), fileSystems);
    }

    /** Adds the roots of one jar; returns what kind of jar it is, for messages. */
    private static String addJar(FileSystem jar, List<Path> roots, List<FileSystem> fileSystems) throws IOException {
        for (Layout layout : LAYOUTS) {
            Path classes = jar.getPath("/" + layout.classes());
            if (!Files.isDirectory(classes)) {
                continue;
            }
            roots.add(classes);
            int nested = 0;
            for (String lib : layout.libs()) {
                for (Path nestedJar : jarsIn(jar.getPath("/" + lib))) {
                    FileSystem opened = FileSystems.newFileSystem(nestedJar);
                    fileSystems.add(opened);
                    roots.add(opened.getPath("/"));
                    nested++;
                }
            }
            return " (" + layout.kind() + ": " + layout.classes() + " and " + Plural.of(nested, "jar") + " in "
                    + String.join(", ", layout.libs()) + ")";
        }
        roots.add(jar.getPath("/"));
        return "";
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The folders of a package ({@code com/example/migrations}) in the roots that have it, in root order. */
    List<Path> packageFolders(String packagePath) {
        List<Path> folders = new ArrayList<>();
        for (Path root : roots) {
            Path folder = packagePath.isEmpty() ? root : root.resolve(packagePath);
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /** A class loader over the roots, asking {@code parent} first. */
    public ClassLoader classLoader(ClassLoader parent) {
        return new RootsClassLoader(roots, parent);
    }

    /** The entries given, each with what was searched in it, for messages. */
    public List<String> descriptions() {
        return descriptions;
    }

    /** The packages that hold a revision index, the mark of compiled migrations, in name order. */
    public List<String> packagesWithRevisionIndex() {
        TreeSet<String> packages = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.getFileName() != null
                                && path.getFileName().toString().equals(RevisionIndex.FILE_NAME))
                        .forEach(index -> packages.add(root.relativize(index.getParent()).toString()
                                .replace(root.getFileSystem().getSeparator(), ".").replace('/', '.')));
            } catch (IOException | UncheckedIOException e) {
                continue;
            }
        }
        return List.copyOf(packages);
    }

    /** Releases the jars, nested jars first. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (int i = fileSystems.size() - 1; i >= 0; i--) {
            try {
                fileSystems.get(i).close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private record Layout(String kind, String classes, List<String> libs) {
    }
}
