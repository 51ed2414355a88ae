package dev.autogen.entity;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.util.ArrayList;
import java.util.List;

/** Finds the JPA-managed classes of some packages on a class loader. */
final class EntityScanner {
    private static final String[] MANAGED = {
        "jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
        "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter"
    };

    private EntityScanner() {
    }

    /** The managed classes, sorted by name; fails when the packages hold no {@code @Entity}. */
    static List<Class<?>> scan(ClassLoader loader, List<String> packages, String classpathDescription) {
        List<String> names = new ArrayList<>();
        boolean anyEntity = false;
        try (ScanResult result = new ClassGraph().overrideClassLoaders(loader).ignoreParentClassLoaders()
                .enableAnnotationInfo().ignoreClassVisibility().acceptPackages(packages.toArray(String[]::new)).scan()) {
            for (ClassInfo info : result.getAllClasses()) {
                for (String annotation : MANAGED) {
                    if (info.hasAnnotation(annotation)) {
                        names.add(info.getName());
                        anyEntity |= annotation.equals(MANAGED[0]);
                        break;
                    }
                }
            }
        }
        if (!anyEntity) {
            throw new AutogenException(ErrorCode.ENTITY_MODEL, "No @Entity classes found in the "
                    + (packages.size() == 1 ? "package " : "packages ") + String.join(", ", packages) + " on the classpath " + classpathDescription
                    + ". Check --entities and --classpath, and compile the project first (e.g. 'mvn compile').");
        }
        names.sort(null);
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                String missing = MissingClasses.nameOf(e).filter(other -> !other.equals(name)).orElse(null);
                throw new AutogenException(ErrorCode.ENTITY_MODEL, "The class " + name + " cannot be loaded"
                        + (missing == null ? ": " + e : ": it needs " + missing + ", which is not on the class path "
                        + classpathDescription) + ". Add the jar or folder that holds every class it needs to"
                        + " --classpath (for a Maven project, 'mvn dependency:build-classpath"
                        + " -Dmdep.outputFile=target/classpath.txt' writes the class path of its dependencies where"
                        + " autogen takes it in).", e);
            }
        }
        return classes;
    }
}
