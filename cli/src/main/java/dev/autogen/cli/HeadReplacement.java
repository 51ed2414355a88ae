package dev.autogen.cli;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.load.ResolvedMigration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The head revision that {@code revision --replace} rewrites: its file is set aside while the new
 * revision is generated, deleted once the new one is written, and put back otherwise, so a failed
 * or empty generation never loses it.
 */
final class HeadReplacement implements AutoCloseable {
    private final String id;
    private final Path file;
    private final Path setAside;
    private boolean replaced;

    private HeadReplacement(String id, Path file, Path setAside) {
        this.id = id;
        this.file = file;
        this.setAside = setAside;
    }

    /**
     * Sets the single head's file aside; refuses when the graph has no single head, when the head
     * is not a source file of the migrations folder, or when the database has applied it.
     */
    static HeadReplacement setAside(Project project) {
        RevisionGraph graph = project.graph();
        List<String> heads = graph.heads();
        if (heads.size() != 1) {
            throw new AutogenException(ErrorCode.REVISION_GRAPH, "revision --replace rewrites the single head revision,"
                    + " but the graph has " + (heads.isEmpty() ? "no revision" : heads.size() + " heads: "
                    + String.join(", ", heads)) + ". Run 'autogen revision' without --replace"
                    + (heads.isEmpty() ? "." : ", after 'autogen merge -m \"merge\"'."));
        }
        ResolvedMigration head = graph.get(heads.get(0));
        Path file = project.resolve(head.origin());
        if (!Files.isRegularFile(file) || !file.startsWith(project.migrationsDir())) {
            throw new AutogenException(ErrorCode.REVISION_GRAPH, "revision --replace rewrites a source file of the"
                    + " migrations folder, but the head revision " + head.id() + " comes from " + head.origin()
                    + ". Write a new revision instead.");
        }
        try (Database database = project.openDatabase()) {
            if (project.migrator(database).current().contains(head.id())) {
                throw new AutogenException(ErrorCode.REVISION_GRAPH, "The head revision " + head.id() + " ("
                        + head.origin() + ") is applied to the database (" + database.description() + "), so"
                        + " --replace would leave that database with a revision that no longer exists. Undo it"
                        + " first with 'autogen downgrade -1' and run the command again, or write a new revision.");
            }
        }
        try {
            Path aside = Files.createTempDirectory("autogen-replace").resolve(file.getFileName().toString());
            Files.move(file, aside);
            return new HeadReplacement(head.id(), file, aside);
        } catch (IOException e) {
            throw FileErrors.failed("Cannot move the revision " + file + " aside to replace it", file, e,
                    "Check that the user running autogen may write to " + file.getParent() + "; nothing was changed");
        }
    }

    /** The id of the revision being replaced. */
    String id() {
        return id;
    }

    /** The file of the revision being replaced. */
    Path file() {
        return file;
    }

    /** Deletes the replaced revision for good: the new one has been written. */
    void replaced() {
        replaced = true;
    }

    /** Deletes the file set aside when {@link #replaced} was called, and otherwise puts it back. */
    @Override
    public void close() {
        try {
            if (replaced) {
                Files.deleteIfExists(setAside);
            } else {
                Files.move(setAside, file, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(setAside.getParent());
        } catch (IOException e) {
            throw FileErrors.failed("Cannot " + (replaced ? "delete " : "put back ") + setAside, setAside, e,
                    replaced ? "Delete it by hand" : "Move it back to " + file + " by hand");
        }
    }
}
