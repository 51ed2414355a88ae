package dev.autogen.cli;

import dev.autogen.runtime.Plural;
import dev.autogen.diff.MigrationPlan;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.graph.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code autogen merge -m MSG [REV...]}: an empty revision that joins several heads. */
@Command(name = "merge", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} merge -m \"merge heads\""},
        description = "Write an empty revision whose parents are the given revisions (default: all heads).")
final class MergeCommand extends ProjectCommand {
    @Option(names = {"-m", "--message"}, required = true, description = "The message of the merge revision.")
    String message;

    @Parameters(arity = "0..*", description = "The revisions to merge (default: all heads).")
    List<String> revisions = new ArrayList<>();

    @Mixin
    PostWriteHookOption hook;

    @Override
    public Integer call() {
        RevisionMessage.check(spec, message);
        Project project = project();
        RevisionGraph graph = project.graph();
        List<String> parents = revisions.isEmpty() ? graph.heads() : revisions.stream().map(graph::resolve).sorted().toList();
        if (parents.size() < 2) {
            throw new AutogenException(ErrorCode.UNKNOWN_TARGET, "A merge needs two revisions or more; the graph has "
                    + Plural.of(graph.heads().size(), "head") + ": " + String.join(", ", graph.heads()) + ".");
        }
        Path file = RevisionFiles.write(project, graph, parents, message, new MigrationPlan(List.of()));
        out().println("Generated " + project.settings().workingDirectory().relativize(file) + " merging "
                + String.join(", ", parents));
        hook.afterWriting(file, project.settings().workingDirectory(), err());
        return 0;
    }
}
