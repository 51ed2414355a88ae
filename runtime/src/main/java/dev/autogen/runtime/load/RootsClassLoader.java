package dev.autogen.runtime.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Loads classes and resources from {@link ClassRoots}, folders and jars on any file system (nested
 * jars included), after its parent. Resource URLs open the file they name, wherever it lies.
 */
final class RootsClassLoader extends SecureClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final List<Path> roots;

    RootsClassLoader(List<Path> roots, ClassLoader parent) {
        super(parent);
        this.roots = roots;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Path file = find(name.replace('.', '/') + ".class");
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " (" + file.toUri() + ": " + e.getMessage() + ")", e);
        }
    }

    @Override
    protected URL findResource(String name) {
        Path file = find(name);
        return file == null ? null : url(file);
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        List<URL> urls = new ArrayList<>();
        for (Path root : roots) {
            Path file = root.resolve(name);
            if (Files.exists(file)) {
                urls.add(url(file));
            }
        }
        return Collections.enumeration(urls);
    }

    private Path find(String name) {
        for (Path root : roots) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    private static URL url(Path file) {
        try {
            return new URL(null, file.toUri().toString(), new PathHandler(file));
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the one file a resource URL names, whether it lies in a folder, a jar or a nested jar. */
    private static final class PathHandler extends URLStreamHandler {
        private final Path file;

        PathHandler(Path file) {
            this.file = file;
        }

        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() throws IOException {
                    return Files.newInputStream(file);
                }
            };
        }
    }
}
