package dev.autogen.cli;

import dev.autogen.codegen.GeneratedMigration;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.codegen.RevisionHeader;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.FileErrors;
import dev.autogen.runtime.graph.RevisionGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Chooses a new revision id and writes its class into the migrations folder. */
final class RevisionFiles {
    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private RevisionFiles() {
    }

    /** Writes a new revision for the plan and returns the file written. */
    static Path write(Project project, RevisionGraph graph, List<String> parents, String message, MigrationPlan plan) {
        return write(project, graph, (writer, id, date) -> writer.write(new RevisionHeader(id, parents, message, date)
                .withDialect(project.dialect().name()), plan));
    }

    /** Writes a new revision whose class the content makes for the id chosen, and returns the file written. */
    static Path write(Project project, RevisionGraph graph, Content content) {
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        String id = now.format(ID_FORMAT);
        while (graph.knows(id)) {
            now = now.plusSeconds(1);
            id = now.format(ID_FORMAT);
        }
        GeneratedMigration migration = content.write(new MigrationWriter(project.options().migrationsPackage), id,
                now.toLocalDate());
        Path file = project.migrationsDir().resolve(migration.fileName());
        if (Files.exists(file)) {
            throw new AutogenException(ErrorCode.IO, "The file " + file + " already exists; nothing was written.");
        }
        try {
            Files.writeString(file, migration.source());
        } catch (IOException e) {
            throw FileErrors.failed("Cannot write the new migration " + file, file, e, "Check that the user running"
                    + " autogen may write to " + file.getParent() + ", or set --migrations-dir to a folder it may"
                    + " write to; nothing was written");
        }
        return file;
    }

    /** Makes the class of a new revision once its id is chosen. */
    @FunctionalInterface
    interface Content {
        GeneratedMigration write(MigrationWriter writer, String id, LocalDate date);
    }

    /** The revision id of a file {@link #write} wrote: {@code V<id>_<Message>.java}. */
    static String idOf(Path file) {
        return file.getFileName().toString().substring(1, 1 + "yyyyMMdd_HHmmss".length());
    }
}
