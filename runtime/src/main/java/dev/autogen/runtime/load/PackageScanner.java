package dev.autogen.runtime.load;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Revision;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the migration classes of a package on a class loader, in directories and jars, without
 * scanning the rest of the class path. Only the package itself is searched, not sub-packages.
 */
public final class PackageScanner implements MigrationSource {
    private final ClassLoader classLoader;
    private final String packageName;

    /** A scanner for the given package on the given class loader. */
    public PackageScanner(ClassLoader classLoader, String packageName) {
        this.classLoader = classLoader;
        this.packageName = packageName;
    }

    /**
     * The migrations of the package. Their ids and parents come from the class files; a class is
     * loaded only when its migration is instantiated, or at once when its file does not show
     * directly that it is a migration.
     */
    @Override
    public List<ResolvedMigration> load() {
        List<ResolvedMigration> migrations = new ArrayList<>();
        for (Map.Entry<String, byte[]> classFile : classFiles().entrySet()) {
            resolve(classFile.getKey(), classFile.getValue()).ifPresent(migrations::add);
        }
        return migrations;
    }

    private Optional<ResolvedMigration> resolve(String className, byte[] classFile) {
        Optional<ClassFileRevision.Header> header;
        try {
            header = ClassFileRevision.read(classFile);
        } catch (IllegalArgumentException e) {
            return loaded(className);
        }
        if (header.isEmpty()) {
            return Optional.empty();
        }
        return header.get().implementsMigration() ? Optional.of(lazy(header.get())) : loaded(className);
    }

    private Optional<ResolvedMigration> loaded(String className) {
        Class<?> type = loadClass(className);
        return type.isAnnotationPresent(Revision.class)
                ? Optional.of(MigrationClasses.resolve(type, className)) : Optional.empty();
    }

    private ResolvedMigration lazy(ClassFileRevision.Header header) {
        String className = header.className();
        return new ResolvedMigration(header.id(), header.parents(), header.message(), className,
                () -> MigrationClasses.instantiate(loadClass(className), header.id(), className), header.transactional());
    }

    private Class<?> loadClass(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The class " + className
                    + " in the migrations package cannot be loaded: " + e + ".", e);
        }
    }

    private TreeMap<String, byte[]> classFiles() {
        String path = packageName.replace('.', '/');
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(path))) {
                if ("file".equals(url.getProtocol())) {
                    addFromDirectory(Path.of(url.toURI()), files);
                } else if ("jar".equals(url.getProtocol())) {
                    addFromJar(url, path, files);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "Cannot list the migrations package "
                    + packageName + ": " + e.getMessage(), e);
        }
        return files;
    }

    private void addFromDirectory(Path directory, TreeMap<String, byte[]> files) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.filter(f -> isTopLevelClass(f.getFileName().toString())).toList()) {
                String name = file.getFileName().toString();
                String className = packageName + "." + name.substring(0, name.length() - 6);
                if (!files.containsKey(className)) {
                    files.put(className, Files.readAllBytes(file));
                }
            }
        }
    }

    private void addFromJar(URL url, String path, TreeMap<String, byte[]> files) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                int slash = name.lastIndexOf('/');
                if (slash == path.length() && name.startsWith(path) && isTopLevelClass(name.substring(slash + 1))) {
                    String className = name.substring(0, name.length() - 6).replace('/', '.');
                    if (!files.containsKey(className)) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.put(className, in.readAllBytes());
                        }
                    }
                }
            }
        }
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.equals("package-info.class");
    }
}
