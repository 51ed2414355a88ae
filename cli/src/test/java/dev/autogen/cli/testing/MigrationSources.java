package dev.autogen.cli.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes and edits migration sources in a project's migrations folder, as a developer would by hand. */
public final class MigrationSources {
    private final Path directory;
    private final String dialectMember;

    /** The sources of the given migrations folder, for PostgreSQL. */
    public MigrationSources(Path directory) {
        this.directory = directory;
        this.dialectMember = "";
    }

    /** The sources of the given migrations folder, written for a dialect ({@code @Revision(dialect)}). */
    public MigrationSources(Path directory, String dialect) {
        this.directory = directory;
        this.dialectMember = dialect.equals(PostgresTestDialect.INSTANCE.name()) ? "" : ", dialect = \"" + dialect + "\"";
    }

    /** Writes a migration class in package {@code db.migrations} whose bodies are the given statements. */
    public Path write(String className, String id, List<String> parents, String upgrade, String downgrade)
            throws IOException {
        return write(className, id, parents, upgrade, downgrade, "", true);
    }

    /** Writes a migration class with extra members and a transaction setting. */
    public Path write(String className, String id, List<String> parents, String upgrade, String downgrade,
                      String members, boolean transactional) throws IOException {
        String parentList = parents.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ", "{", "}"));
        String source = "package db.migrations;\n\n"
                + "import dev.autogen.runtime.Migration;\n"
                + "import dev.autogen.runtime.Operations;\n"
                + "import dev.autogen.runtime.Revision;\n\n"
                + "@Revision(id = \"" + id + "\", parents = " + parentList + ", message = \"" + className + "\""
                + (transactional ? "" : ", transactional = false") + dialectMember + ")\n"
                + "public final class " + className + " implements Migration {\n"
                + members
                + "    @Override\n    public void upgrade(Operations op) {\n        " + upgrade + "\n    }\n\n"
                + "    @Override\n    public void downgrade(Operations op) {\n        " + downgrade + "\n    }\n}\n";
        Path file = directory.resolve(className + ".java");
        Files.writeString(file, source);
        return file;
    }

    /** Replaces text in the one file whose name contains the fragment. */
    public void edit(String nameFragment, String from, String to) throws IOException {
        Path file = find(nameFragment);
        String source = Files.readString(file);
        if (!source.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(file, source.replace(from, to));
    }

    /** The one file whose name contains the fragment. */
    public Path find(String nameFragment) throws IOException {
        List<Path> matches = files().stream().filter(f -> f.getFileName().toString().contains(nameFragment)).toList();
        if (matches.size() != 1) {
            throw new IllegalArgumentException("expected one migration matching " + nameFragment + ", found " + matches);
        }
        return matches.get(0);
    }

    /** All migration files, sorted by name. */
    public List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The revision id of a generated file name {@code V<id>_<Name>.java}. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(1, 16);
    }
}
