package dev.autogen.codegen;

/**
 * A generated migration class.
 *
 * @param className  the simple class name, which is also the file name without {@code .java}
 * @param source     the Java source
 */
public record GeneratedMigration(String className, String source) {
    /** The file name. */
    public String fileName() {
        return className + ".java";
    }
}
