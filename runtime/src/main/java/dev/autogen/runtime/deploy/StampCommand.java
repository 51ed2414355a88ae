package dev.autogen.runtime.deploy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code stamp REV}: records the database at a revision without running anything. */
@Command(name = "stamp", mixinStandardHelpOptions = true, description = "Record the database as being at REV (base, head, heads or a revision) without running migrations.")
public final class StampCommand extends DeployCommand {
    @Parameters(index = "0", description = "base, head, heads, or a revision id or prefix.")
    String target;

    /** The command over the host's environment. */
    public StampCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        try (DeployEnvironment.Session session = environment().open()) {
            List<String> current = session.migrator().stamp(target);
            out().println("Stamped " + session.description() + " at "
                    + (current.isEmpty() ? "base" : String.join(", ", current)) + ".");
        }
        return 0;
    }
}
