package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.load.MigrationClasses;
import dev.autogen.runtime.load.ResolvedMigration;
import dev.autogen.runtime.load.SourceDigests;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Compiles the migration sources of a folder in memory, so the edit → upgrade loop needs no build. */
final class MigrationCompiler {
    /** Where compiled classes are kept between commands, under the working directory. */
    static final String CACHE_DIR = ".autogen/compiled";

    private final List<Path> userClasspath;

    MigrationCompiler(List<Path> userClasspath) {
        this.userClasspath = userClasspath;
    }

    /**
     * The migrations declared by the {@code .java} files of the folder, with their files as origin.
     * Classes compiled earlier from the same sources come from the {@link CompiledMigrationCache}.
     */
    List<ResolvedMigration> compile(Path directory, Path workingDirectory) {
        List<Path> sources = sources(directory);
        if (sources.isEmpty()) {
            return List.of();
        }
        String classpath = classpath();
        CompiledMigrationCache cache = new CompiledMigrationCache(workingDirectory.resolve(CACHE_DIR));
        String key = CompiledMigrationCache.key(sources, classpath);
        CompiledMigrationCache.Entry entry = cache.read(key).orElse(null);
        if (entry == null) {
            entry = compile(sources, classpath, directory, workingDirectory);
            cache.write(key, entry);
        }
        requireAClassInEach(sources, entry, workingDirectory);
        return load(entry.classes(), entry.origins(), sourceDigests(sources, workingDirectory));
    }

    /**
     * Fails when a source compiled to no class, as an empty file or one holding only comments does:
     * it would be skipped without a word, and a migration meant to be in it would never run.
     */
    private static void requireAClassInEach(List<Path> sources, CompiledMigrationCache.Entry entry,
                                            Path workingDirectory) {
        Set<String> declaring = Set.copyOf(entry.origins().values());
        for (Path source : sources) {
            String file = relative(source, workingDirectory);
            if (!declaring.contains(file)) {
                throw new AutogenException(ErrorCode.COMPILATION_FAILED, "The migration file " + file
                        + " declares no class: it is empty or holds only comments. Delete it, or write the"
                        + " migration in it ('autogen revision --empty -m MSG' writes a blank one to start from).");
            }
        }
    }

    private static Map<String, String> sourceDigests(List<Path> sources, Path workingDirectory) {
        Map<String, String> digests = new TreeMap<>();
        for (Path source : sources) {
            try {
                digests.put(relative(source, workingDirectory), SourceDigests.of(Files.readString(source)));
            } catch (IOException e) {
                throw FileErrors.failed("Cannot read the migration " + source, source, e,
                        "Check that the user running autogen may read it");
            }
        }
        return digests;
    }

    private CompiledMigrationCache.Entry compile(List<Path> sources, String classpath, Path directory,
                                                 Path workingDirectory) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "autogen compiles migrations with the Java compiler,"
                    + " but this Java runtime has none. Run autogen with a JDK 17 or later, not a JRE.");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
        Map<String, Path> classOrigins = new TreeMap<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
             InMemoryFileManager files = new InMemoryFileManager(standard, classes, classOrigins)) {
            List<String> options = List.of("-classpath", classpath, "-proc:none", "-nowarn", "-encoding", "UTF-8");
            Boolean success = compiler.getTask(null, files, diagnostics, options, null,
                    standard.getJavaFileObjectsFromPaths(sources)).call();
            if (!Boolean.TRUE.equals(success)) {
                throw new AutogenException(ErrorCode.COMPILATION_FAILED, describeErrors(diagnostics, workingDirectory)
                        + "\nFix the migration source, then run the command again.");
            }
        } catch (IOException e) {
            throw new AutogenException(ErrorCode.IO, "Cannot compile the migrations in " + directory + ": " + e.getMessage(), e);
        }
        Map<String, byte[]> bytes = new TreeMap<>();
        classes.forEach((name, stream) -> bytes.put(name, stream.toByteArray()));
        Map<String, String> origins = new TreeMap<>();
        classOrigins.forEach((name, file) -> origins.put(name, relative(file, workingDirectory)));
        return new CompiledMigrationCache.Entry(bytes, origins);
    }

    private static List<Path> sources(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .sorted().toList();
        } catch (IOException e) {
            throw FileErrors.failed("Cannot list the migrations folder " + directory, directory, e,
                    "Check that the user running autogen may read it");
        }
    }

    private String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(locationOf(Migration.class));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        userClasspath.forEach(p -> entries.add(p.toString()));
        return String.join(File.pathSeparator, entries);
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    private static String describeErrors(DiagnosticCollector<JavaFileObject> diagnostics, Path workingDirectory) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                String file = diagnostic.getSource() == null ? "?" : relative(Path.of(diagnostic.getSource().toUri()), workingDirectory);
                lines.add(file + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(null));
            }
        }
        return "A migration source does not compile:\n" + lines.stream().limit(10).collect(Collectors.joining("\n"));
    }

    private static String relative(Path file, Path workingDirectory) {
        try {
            return workingDirectory.toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private static List<ResolvedMigration> load(Map<String, byte[]> bytes, Map<String, String> origins,
                                                Map<String, String> sourceDigests) {
        ClassLoader loader = new BytesClassLoader(bytes, MigrationCompiler.class.getClassLoader());
        List<ResolvedMigration> migrations = new ArrayList<>();
        for (String name : bytes.keySet()) {
            if (name.contains("$")) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The compiled migration class " + name
                        + " cannot be loaded: " + e, e);
            }
            String origin = origins.get(name);
            if (!type.isAnnotationPresent(Revision.class) && Migration.class.isAssignableFrom(type)
                    && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The class " + name + " ("
                        + (origin == null ? name : origin) + ") implements Migration but has no @Revision annotation,"
                        + " so it would never run. Add @Revision(id = ..., parent = ...) to it, or delete it.");
            }
            if (type.isAnnotationPresent(Revision.class)) {
                migrations.add(MigrationClasses.resolve(type, origin == null ? name : origin,
                        origin == null ? null : sourceDigests.get(origin)));
            }
        }
        return migrations;
    }

    private static final class InMemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;
        private final Map<String, Path> origins;

        InMemoryFileManager(StandardJavaFileManager delegate, Map<String, ByteArrayOutputStream> classes,
                            Map<String, Path> origins) {
            super(delegate);
            this.classes = classes;
            this.origins = origins;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            if (sibling != null && sibling.toUri().getScheme().equals("file")) {
                origins.put(className, Path.of(sibling.toUri()));
            }
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream stream = new ByteArrayOutputStream();
                    classes.put(className, stream);
                    return stream;
                }
            };
        }
    }

    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
