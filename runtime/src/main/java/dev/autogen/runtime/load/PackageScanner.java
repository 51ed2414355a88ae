package dev.autogen.runtime.load;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.Revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
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

    @Override
    public List<ResolvedMigration> load() {
        List<Class<?>> classes = new ArrayList<>();
        for (String className : classNames()) {
            try {
                Class<?> type = Class.forName(className, false, classLoader);
                if (type.isAnnotationPresent(Revision.class)) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AutogenException(ErrorCode.MIGRATION_LOAD, "The class " + className
                        + " in the migrations package cannot be loaded: " + e + ".", e);
            }
        }
        return new MigrationClasses(classes).load();
    }

    private TreeSet<String> classNames() {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(path))) {
                if ("file".equals(url.getProtocol())) {
                    addFromDirectory(Path.of(url.toURI()), names);
                } else if ("jar".equals(url.getProtocol())) {
                    addFromJar(url, path, names);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new AutogenException(ErrorCode.MIGRATION_LOAD, "Cannot list the migrations package "
                    + packageName + ": " + e.getMessage(), e);
        }
        return names;
    }

    private void addFromDirectory(Path directory, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> file.getFileName().toString())
                    .filter(PackageScanner::isTopLevelClass)
                    .forEach(file -> names.add(packageName + "." + file.substring(0, file.length() - 6)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void addFromJar(URL url, String path, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                int slash = name.lastIndexOf('/');
                if (slash == path.length() && name.startsWith(path) && isTopLevelClass(name.substring(slash + 1))) {
                    names.add(name.substring(0, name.length() - 6).replace('/', '.'));
                }
            }
        }
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.equals("package-info.class");
    }
}
