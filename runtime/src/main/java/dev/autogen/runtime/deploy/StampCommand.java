package dev.autogen.runtime.deploy;

import dev.autogen.runtime.StampResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code stamp REV…}: records the database at revisions without running anything. */
@Command(name = "stamp", mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n", footer = {"  ${PARENT-COMMAND-NAME} stamp head", "  ${PARENT-COMMAND-NAME} stamp --add 3fa2"},
        description = "Record the database as being at REV (base, head, heads or a revision) without running migrations.")
public final class StampCommand extends DeployCommand {
    @Parameters(index = "0", arity = "1..*", description = "base, head, heads, or revision ids or prefixes.")
    List<String> targets;

    @Option(names = "--add", description = "Only record REV and its ancestors as applied; keep every other row"
            + " (fills a gap left by a deleted row).")
    boolean add;

    @Option(names = "--purge-unknown", description = "Also delete the rows of revisions that no migration declares"
            + " (kept otherwise: they may belong to another project).")
    boolean purgeUnknown;

    /** The command over the host's environment. */
    public StampCommand(CommandExtension extension) {
        super(extension);
    }

    @Override
    public Integer call() {
        Set<StampResult.Option> options = EnumSet.noneOf(StampResult.Option.class);
        if (add) {
            options.add(StampResult.Option.ADD);
        }
        if (purgeUnknown) {
            options.add(StampResult.Option.PURGE_UNKNOWN);
        }
        try (DeployEnvironment.Session session = environment().open()) {
            StampResult result = session.migrator().stamp(targets, options);
            out().println("Stamped " + session.description() + " at "
                    + (result.heads().isEmpty() ? "base" : String.join(", ", result.heads())) + ".");
            if (!result.keptUnknown().isEmpty()) {
                out().println("Kept the rows of " + String.join(", ", result.keptUnknown()) + ": no migration declares"
                        + " them (another project's, or a deleted file's). Pass --purge-unknown to delete them.");
            }
            if (!result.purgedUnknown().isEmpty()) {
                out().println("Deleted the rows of " + String.join(", ", result.purgedUnknown())
                        + ", which no migration declares.");
            }
        }
        return 0;
    }
}
