package dev.autogen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code autogen stamp REV}: records the database at a revision without running anything. */
@Command(name = "stamp", description = "Record the database as being at REV (base, head, heads or a revision) without running migrations.")
final class StampCommand extends ProjectCommand {
    @Parameters(index = "0", description = "base, head, heads, or a revision id or prefix.")
    String target;

    @Override
    public Integer call() {
        Project project = project();
        try (Database database = project.openDatabase()) {
            List<String> current = project.migrator(database).stamp(target);
            out().println("Stamped " + database.description() + " at "
                    + (current.isEmpty() ? "base" : String.join(", ", current)) + ".");
        }
        return 0;
    }
}
