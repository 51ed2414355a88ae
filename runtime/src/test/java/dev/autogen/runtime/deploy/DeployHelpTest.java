package dev.autogen.runtime.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runtime's own command line ({@code java -jar runtime.jar}): every command, found in picocli's
 * tree, has an example in its help and a usage error of a few lines; without a command it prints a
 * short usage and exits 2.
 */
class DeployHelpTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DeployMain.run(dir, Map.of(), new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> commands() {
        CommandLine root = new CommandLine(new DeployMain());
        DeployCommands.addTo(root, () -> new CommandExtension(new PackageOptions(), connection -> null));
        return new ArrayList<>(root.getSubcommands().keySet());
    }

    @Test
    void everyCommandHasAnExampleAndAShortUsageError() {
        List<String> commands = commands();
        assertTrue(commands.containsAll(List.of("upgrade", "downgrade", "current", "history", "heads", "show", "stamp",
                "lint")), commands.toString());
        List<String> problems = new ArrayList<>();
        for (String command : commands) {
            Run help = run(command, "--help");
            if (help.code() != 0 || !help.out().contains("Example")) {
                problems.add(command + ": --help exits " + help.code() + ", example shown: " + help.out().contains("Example"));
            }
            Run wrong = run(command, "--no-such-option");
            long lines = wrong.err().lines().count();
            if (wrong.code() != 2 || lines > 4 || wrong.err().contains("Usage:") || !wrong.err().contains("--no-such-option")) {
                problems.add(command + ": usage error exits " + wrong.code() + " with " + lines + " lines: " + wrong.err());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void withoutACommandItPrintsAShortUsageAndExitsTwo() {
        Run bare = run();

        assertEquals(2, bare.code());
        assertTrue(bare.err().startsWith("Usage: autogen-runtime COMMAND [OPTIONS]"), bare.err());
        assertTrue(bare.err().lines().count() < 25, bare.err());
    }
}
