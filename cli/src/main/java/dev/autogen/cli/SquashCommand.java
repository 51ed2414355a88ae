package dev.autogen.cli;

import dev.autogen.codegen.RevisionHeader;
import dev.autogen.runtime.Plural;
import dev.autogen.runtime.graph.RevisionGraph;
import dev.autogen.runtime.load.ResolvedMigration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code autogen squash -m MSG [--from REV] [--to REV]}: one revision that does what a range of
 * revisions did and declares that it replaces them, as Django's {@code squashmigrations}.
 */
@Command(name = "squash", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  ${PARENT-COMMAND-NAME} squash -m \"squash history\"",
                "  ${PARENT-COMMAND-NAME} squash -m \"squash 2025\" --from 20250102_093000 --to 20251230_170000"},
        description = {"Write one revision that does what the revisions from --from to --to did (default: all of"
                + " them), and declares that it replaces them. A new database runs it alone; a database that"
                + " applied them counts it as applied; one part way through runs the rest of them while their files"
                + " exist. The old files are kept: delete them once every database has passed the range."})
final class SquashCommand extends ProjectCommand {
    @Option(names = {"-m", "--message"}, required = true, description = "The message of the squashed revision.")
    String message;

    @Option(names = "--from", paramLabel = "REV", defaultValue = "base",
            description = "The first revision to squash, or base for the first of all (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", paramLabel = "REV", defaultValue = "head",
            description = "The last revision to squash, or head (default: ${DEFAULT-VALUE}).")
    String to;

    @Mixin
    PostWriteHookOption hook;

    @Override
    public Integer call() {
        RevisionMessage.check(spec, message);
        Project project = project();
        RevisionGraph graph = project.graph();
        SquashRange range = SquashRange.of(graph, from, to);
        Path workingDirectory = project.settings().workingDirectory();
        SquashedMigration squashed = SquashedMigration.of(range, workingDirectory);
        Path file = RevisionFiles.write(project, graph, (writer, id, date) -> writer.write(
                new RevisionHeader(id, range.parents(), message, date, squashed.transactional(), range.ids(),
                        project.dialect().name()),
                squashed.upgrade(), squashed.downgrade()));
        String id = RevisionFiles.idOf(file);
        out().println("Generated " + workingDirectory.relativize(file) + " squashing "
                + Plural.of(range.revisions().size(), "revision") + " (" + range.ids().get(0) + " to " + range.last()
                + ") into " + id + ", " + Plural.of(squashed.upgrade().size(), "operation") + ".");
        squashed.reviews().forEach(review -> out().println("  REVIEW: " + review));
        out().println("It replaces these files, which autogen keeps:");
        for (ResolvedMigration migration : range.revisions()) {
            out().println("  " + migration.origin());
        }
        out().println("Delete them once every database (each environment, each developer's) has upgraded past "
                + range.last() + ": until then, a database part way through needs them to reach " + id
                + ". Revisions that name " + range.last() + " as parent follow " + id + ".");
        hook.afterWriting(file, workingDirectory, err());
        return 0;
    }
}
