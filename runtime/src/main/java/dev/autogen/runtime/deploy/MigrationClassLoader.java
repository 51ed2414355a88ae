package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The class loader of the compiled migrations: the class path, with {@code --classpath} in front of it. */
final class MigrationClassLoader {
    private MigrationClassLoader() {
    }

    /**
     * A loader over the entries of {@code classpath}, resolved against the working directory, whose
     * parent is {@code parent}; {@code parent} itself when no class path is given. Fails, naming
     * the entry, when one does not exist.
     */
    static ClassLoader of(String classpath, Path workingDirectory, ClassLoader parent) {
        if (classpath == null || classpath.isBlank()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = workingDirectory.resolve(entry.strip()).normalize();
            if (!Files.exists(path)) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "The --classpath entry " + path
                        + " does not exist. Name the application's jar or its compiled classes folder"
                        + " (classpath in " + Settings.FILE_NAME + ", AUTOGEN_CLASSPATH).");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new AutogenException(ErrorCode.CONFIGURATION, "Invalid --classpath entry " + path, e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
