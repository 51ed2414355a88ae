package dev.autogen.cli.spring;

import dev.autogen.runtime.FileErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package of a project's {@code @SpringBootApplication} class, found in its sources. Spring Boot
 * scans the entities below it, and the autogen starter looks for the migrations in its
 * {@code .migrations} subpackage, so {@code autogen init} derives both settings from it.
 */
public final class SpringBootApplicationPackage {
    /** Where Maven keeps the main Java sources, relative to the project folder. */
    public static final String SOURCES = "src/main/java";

    private static final Pattern ANNOTATION = Pattern.compile("@(?:org\\.springframework\\.boot\\.autoconfigure\\.)?"
            + "SpringBootApplication\\b");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private SpringBootApplicationPackage() {
    }

    /**
     * The package of the one {@code @SpringBootApplication} class under {@code src/main/java}, or
     * empty when there is none, it is in the default package, or several classes disagree.
     */
    public static Optional<String> find(Path projectDirectory) {
        Path sources = projectDirectory.resolve(SOURCES);
        if (!Files.isDirectory(sources)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> packages = files.filter(file -> file.toString().endsWith(".java"))
                    .map(SpringBootApplicationPackage::packageOfApplication)
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList();
            return packages.size() == 1 ? Optional.of(packages.get(0)) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw FileErrors.failed("Cannot read the sources in " + sources, sources, cause, "Check that the user"
                    + " running autogen may read that folder, or give --entities and --migrations-package yourself");
        }
    }

    private static Optional<String> packageOfApplication(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ANNOTATION.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher declaration = PACKAGE.matcher(text);
        return declaration.find() ? Optional.of(declaration.group(1)) : Optional.empty();
    }
}
