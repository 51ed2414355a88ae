package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.load.ClassRoots;
import dev.autogen.runtime.load.MigrationSource;
import dev.autogen.runtime.load.PackageScanner;
import dev.autogen.runtime.load.ResolvedMigration;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The compiled migrations of a deploy command: the migrations package in the jars and folders of
 * {@code --classpath} (Spring Boot fat jars and wars included, read in place), then on the class
 * path. Finding none is an error that names what was searched, never an empty history.
 */
final class CompiledMigrations implements MigrationSource, AutoCloseable {
    private final ClassRoots roots;
    private final MigrationSource scanner;
    private final String packageName;

    private CompiledMigrations(ClassRoots roots, MigrationSource scanner, String packageName) {
        this.roots = roots;
        this.scanner = scanner;
        this.packageName = packageName;
    }

    /** As {@link #of(String, String, Path, ClassLoader, Consumer)}, with the warning to the log. */
    static CompiledMigrations of(String classpath, String packageName, Path workingDirectory, ClassLoader parent) {
        return of(classpath, packageName, workingDirectory, parent, LoggerFactory.getLogger(CompiledMigrations.class)::warn);
    }

    /**
     * The migrations of a package in the entries of {@code classpath}, resolved against the working
     * directory, and on {@code parent}. Fails, naming the entry, when one does not exist or cannot
     * be read. The warning that migrations have no revision index goes to {@code warnings}.
     */
    static CompiledMigrations of(String classpath, String packageName, Path workingDirectory, ClassLoader parent,
                                 Consumer<String> warnings) {
        List<Path> entries = entries(classpath, workingDirectory);
        if (entries.isEmpty()) {
            return new CompiledMigrations(null, new PackageScanner(parent, packageName).withWarnings(warnings),
                    packageName);
        }
        ClassRoots roots;
        try {
            roots = ClassRoots.open(entries);
        } catch (IOException | RuntimeException e) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "Cannot read the --classpath entries "
                    + entries + ": " + e.getMessage() + ". Name the application's jar (a Spring Boot fat jar"
                    + " works) or its compiled classes folder.", e);
        }
        return new CompiledMigrations(roots, PackageScanner.inRoots(roots, parent, packageName).withWarnings(warnings),
                packageName);
    }

    private static List<Path> entries(String classpath, Path workingDirectory) {
        List<Path> entries = ClasspathEntries.of(classpath, workingDirectory);
        for (Path path : entries) {
            if (!Files.exists(path)) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The --classpath entry " + path
                        + " does not exist. Name the application's jar or its compiled classes folder"
                        + " (classpath in " + Settings.FILE_NAME + ", AUTOGEN_CLASSPATH).");
            }
        }
        return entries;
    }

    /** The migrations found; fails when there is none. */
    @Override
    public List<ResolvedMigration> load() {
        List<ResolvedMigration> found = scanner.load();
        if (found.isEmpty()) {
            throw notFound();
        }
        return found;
    }

    private AutogenException notFound() {
        String where = roots == null
                ? "on the class path (" + System.getProperty("java.class.path") + "); no --classpath was given"
                : "in the --classpath entries " + String.join("; ", roots.descriptions());
        List<String> elsewhere = roots == null ? List.of() : roots.packagesWithRevisionIndex();
        String hint = elsewhere.isEmpty() ? "" : " Compiled migrations were found in " + String.join(", ", elsewhere)
                + ": set --migrations-package to " + (elsewhere.size() == 1 ? "it" : "one of them") + ".";
        return new AutogenException(ErrorCode.CONFIGURATION, "No migrations found in the package " + packageName + " "
                + where + "." + hint + " Name the application's jar or its compiled classes folder with --classpath"
                + " (in a Spring Boot fat jar the migrations sit under BOOT-INF/classes/"
                + packageName.replace('.', '/') + "/, and in the jars of BOOT-INF/lib), and the package the"
                + " migrations declare with --migrations-package (migrations-package in " + Settings.FILE_NAME + ").");
    }

    @Override
    public void close() {
        if (roots != null) {
            try {
                roots.close();
            } catch (IOException ignored) {
                // the jars were only read
            }
        }
    }
}
