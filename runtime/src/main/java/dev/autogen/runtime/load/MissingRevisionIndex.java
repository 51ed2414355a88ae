package dev.autogen.runtime.load;

import dev.autogen.runtime.Plural;

import java.util.List;

/**
 * The warning for compiled migrations that have no {@link RevisionIndex}: the annotation processor
 * did not run while they compiled, most often because JDK 23 and later no longer run a processor
 * found on the class path by default. Everything still works; startup reads every class file.
 */
final class MissingRevisionIndex {
    /** The first Java release whose javac runs no class-path processor unless told to. */
    static final int PROCESSING_OFF_BY_DEFAULT = 23;

    private MissingRevisionIndex() {
    }

    /**
     * The warning, once for all the places that lack an index.
     *
     * @param missing    the index files that would have been there, one per class folder or jar
     * @param migrations how many migrations were read from class files there instead
     * @param javaRelease the feature release of the running Java
     */
    static String warning(List<String> missing, int migrations, int javaRelease) {
        String jdk = javaRelease >= PROCESSING_OFF_BY_DEFAULT
                ? "This JVM is Java " + javaRelease + ": if the migrations were compiled by JDK "
                + PROCESSING_OFF_BY_DEFAULT + " or later, javac ran no annotation processor, since it runs none found"
                + " on the class path unless told to."
                : "JDK " + PROCESSING_OFF_BY_DEFAULT + " and later run no annotation processor found on the class path"
                + " unless told to, so a build on such a JDK does not write it.";
        return "No revision index (" + String.join(", ", missing) + ") for " + Plural.of(migrations, "migration")
                + ", so each startup reads every migration class file instead: the runtime's annotation processor"
                + " (" + RevisionIndexProcessor.class.getName() + ") did not run when they compiled. " + jdk
                + " Fix: compile with javac -proc:full (Maven: <proc>full</proc> in the configuration of"
                + " maven-compiler-plugin), or, where the build lists annotationProcessorPaths, add"
                + " dev.autogen:autogen-runtime to them; then rebuild. Migrations run the same either way.";
    }
}
