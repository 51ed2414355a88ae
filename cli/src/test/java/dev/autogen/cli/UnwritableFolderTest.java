package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliProcess;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A folder autogen may not write to keeps the operating system's "Permission denied" in the error.
 * Tests run as root here, whom permissions do not stop, so the command runs in a child process
 * without the capability that overrides them ({@code setpriv}); as another user it runs as it is.
 */
class UnwritableFolderTest {
    private static final List<String> WITHOUT_OVERRIDE = List.of("setpriv",
            "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search", "--");

    @TempDir
    Path dir;

    private List<String> launcher;

    @BeforeEach
    void chooseLauncher() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        launcher = root ? WITHOUT_OVERRIDE : List.of();
        if (root) {
            Path probe = Files.createDirectories(dir.resolve("probe"));
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r-xr-xr-x"));
            int code;
            try {
                code = new ProcessBuilder(Stream.concat(launcher.stream(), Stream.of("touch", probe.resolve("x").toString()))
                        .toList()).redirectErrorStream(true).start().waitFor();
            } catch (IOException e) {
                code = 0;
            }
            assumeTrue(code != 0, "setpriv cannot drop CAP_DAC_OVERRIDE here, so a read-only folder cannot be made");
        }
        assertEquals(0, new Cli(dir).run("init").exitCode());
    }

    @Test
    void aNewRevisionInAReadOnlyMigrationsFolder() throws Exception {
        Path migrations = dir.resolve("src/main/java/db/migrations");
        Files.setPosixFilePermissions(migrations, PosixFilePermissions.fromString("r-xr-xr-x"));

        CliResult result = CliProcess.start(dir, Map.of(), launcher, "revision", "--empty", "-m", "blank").await(120);

        assertEquals(ErrorCode.IO.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: Cannot write the new migration " + migrations + "/V"), result.toString());
        assertTrue(result.err().contains(": Permission denied. Check that the user running autogen may write to "
                + migrations), result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
        try (Stream<Path> files = Files.list(migrations)) {
            assertEquals(0, files.count(), "nothing was written");
        }
    }

    @Test
    void initInAReadOnlyFolder() throws Exception {
        Path project = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r-xr-xr-x"));

        CliResult result = CliProcess.start(project, Map.of(), launcher, "init").await(120);

        assertEquals(ErrorCode.IO.exitCode(), result.exitCode(), result.toString());
        assertTrue(result.err().contains("error: Cannot write " + project.resolve("autogen.properties")
                + ": Permission denied."), result.toString());
    }
}
