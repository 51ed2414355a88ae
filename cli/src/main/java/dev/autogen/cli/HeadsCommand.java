package dev.autogen.cli;

import picocli.CommandLine.Command;

/** {@code autogen heads}: the heads of the revision graph; needs no database. */
@Command(name = "heads", description = "List the heads of the revision graph.")
final class HeadsCommand extends ProjectCommand {
    @Override
    public Integer call() {
        var graph = project().graph();
        for (String head : graph.heads()) {
            out().println(head + " " + graph.get(head).message());
        }
        return 0;
    }
}
