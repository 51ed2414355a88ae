package dev.autogen.bench.child;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The compiled classes of one generated package, loaded the way an application would load them. */
public final class EntityClasses {
    private EntityClasses() {
    }

    /** A class loader over a directory of classes, child of the application class loader. */
    public static URLClassLoader loader(Path classesDirectory) {
        try {
            return new URLClassLoader(new URL[] {classesDirectory.toUri().toURL()}, EntityClasses.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Every top-level class of a package in the directory, in name order. */
    public static List<Class<?>> load(ClassLoader loader, Path classesDirectory, String packageName) {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(classesDirectory.resolve(packageName.replace('.', '/')))) {
            for (String file : files.map(p -> p.getFileName().toString()).sorted().toList()) {
                if (file.endsWith(".class") && !file.contains("$")) {
                    classes.add(Class.forName(packageName + "." + file.substring(0, file.length() - 6), false, loader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
