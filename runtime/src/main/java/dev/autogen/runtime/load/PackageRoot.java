package dev.autogen.runtime.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * One place on the class path that holds a package: a folder or a jar. It lists the package's
 * top-level class files by name, reads one when asked, and reads the package's {@link RevisionIndex}.
 */
abstract sealed class PackageRoot implements AutoCloseable {
    /** The package folder inside a class output folder, or inside a jar opened as a file system. */
    static PackageRoot directory(Path directory) {
        return new Directory(directory);
    }

    /** The package inside a jar; {@code url} is the {@code jar:} URL of the package folder. */
    static PackageRoot jar(URL url, String packagePath) throws IOException {
        String text = url.toString();
        int separator = text.indexOf("!/");
        URL jarRoot = separator < 0 ? url : new URL(text.substring(0, separator + 2));
        JarURLConnection connection = (JarURLConnection) jarRoot.openConnection();
        connection.setUseCaches(false);
        return new Jar(connection.getJarFile(), packagePath, url.toString());
    }

    /** The simple names of the top-level classes, in name order. */
    abstract List<String> classNames() throws IOException;

    /** The bytes of a class file. */
    abstract byte[] read(String simpleName) throws IOException;

    /** The entries of the revision index by simple class name, or {@code null} when there is none or it cannot be read. */
    abstract Map<String, RevisionIndex.Entry> index() throws IOException;

    /** Where the index is, for messages. */
    abstract String indexLocation();

    @Override
    public void close() throws IOException {
    }

    static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.equals("package-info.class");
    }

    static String withoutSuffix(String fileName) {
        return fileName.substring(0, fileName.length() - ".class".length());
    }

    private static final class Directory extends PackageRoot {
        private final Path directory;

        Directory(Path directory) {
            this.directory = directory;
        }

        @Override
        List<String> classNames() throws IOException {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (isTopLevelClass(name)) {
                        names.add(withoutSuffix(name));
                    }
                }
            }
            Collections.sort(names);
            return names;
        }

        @Override
        byte[] read(String simpleName) throws IOException {
            return Files.readAllBytes(directory.resolve(simpleName + ".class"));
        }

        @Override
        Map<String, RevisionIndex.Entry> index() throws IOException {
            Path index = directory.resolve(RevisionIndex.FILE_NAME);
            if (!Files.isRegularFile(index)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(index)) {
                return RevisionIndex.read(in);
            }
        }

        @Override
        String indexLocation() {
            Path index = directory.resolve(RevisionIndex.FILE_NAME);
            return index.getFileSystem() == FileSystems.getDefault() ? index.toString() : index.toUri().toString();
        }
    }

    private static final class Jar extends PackageRoot {
        private final JarFile jar;
        private final String packagePath;
        private final String location;

        Jar(JarFile jar, String packagePath, String location) {
            this.jar = jar;
            this.packagePath = packagePath;
            this.location = location;
        }

        @Override
        List<String> classNames() {
            List<String> names = new ArrayList<>();
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                int slash = name.lastIndexOf('/');
                if (slash == packagePath.length() && name.startsWith(packagePath)
                        && isTopLevelClass(name.substring(slash + 1))) {
                    names.add(withoutSuffix(name.substring(slash + 1)));
                }
            }
            Collections.sort(names);
            return names;
        }

        @Override
        byte[] read(String simpleName) throws IOException {
            try (InputStream in = jar.getInputStream(jar.getEntry(packagePath + "/" + simpleName + ".class"))) {
                return in.readAllBytes();
            }
        }

        @Override
        Map<String, RevisionIndex.Entry> index() throws IOException {
            JarEntry entry = jar.getJarEntry(packagePath + "/" + RevisionIndex.FILE_NAME);
            if (entry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return RevisionIndex.read(in);
            }
        }

        @Override
        String indexLocation() {
            return location + "/" + RevisionIndex.FILE_NAME;
        }

        @Override
        public void close() throws IOException {
            jar.close();
        }
    }
}
