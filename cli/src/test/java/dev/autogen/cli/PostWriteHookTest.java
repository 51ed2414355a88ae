package dev.autogen.cli;

import dev.autogen.cli.testing.Cli;
import dev.autogen.cli.testing.CliResult;
import dev.autogen.cli.testing.MigrationSources;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.EndToEndTest.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code post-write-hook}: a command run on every file that {@code revision} and {@code merge} write. */
@Tag("mariadb")
@Tag("postgres")
class PostWriteHookTest {
    private static final String V1 = "dev.autogen.it.todo.v1";
    private static final String APPEND = "sh -c 'printf \"// formatted\\n\" >> \"$1\"' hook {file}";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Cli cli;
    private MigrationSources sources;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        cli = Projects.cli(dir, database);
        assertSuccess(cli.run("init", "--entities", V1));
        sources = new MigrationSources(dir.resolve("src/main/java/db/migrations"));
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void aSucceedingHookRewritesTheGeneratedFile() throws Exception {
        CliResult revision = cli.run("revision", "-m", "create todos", "--post-write-hook", APPEND);

        assertSuccess(revision);
        String source = Files.readString(sources.files().get(0));
        assertTrue(source.endsWith("// formatted\n"), source);
        assertTrue(!revision.err().contains("post-write hook"), revision.toString());
    }

    @Test
    void aFailingHookWarnsAndKeepsTheFile() throws Exception {
        CliResult revision = cli.run("revision", "--empty", "-m", "blank",
                "--post-write-hook", "sh -c 'echo cannot parse >&2; exit 3'");

        assertEquals(0, revision.exitCode(), revision.toString());
        assertTrue(revision.err().contains("WARNING: the post-write hook 'sh -c echo cannot parse >&2; exit 3' exited"
                + " with code 3: cannot parse;"), revision.toString());
        assertTrue(revision.err().contains("is kept as autogen wrote it"), revision.toString());
        assertTrue(Files.readString(sources.files().get(0)).contains("public void upgrade"));
    }

    @Test
    void aMissingHookCommandWarnsAndKeepsTheFile() throws Exception {
        CliResult revision = cli.run("revision", "--empty", "-m", "blank",
                "--post-write-hook", "no-such-formatter-4711 {file}");

        assertEquals(0, revision.exitCode(), revision.toString());
        assertTrue(revision.err().contains("'no-such-formatter-4711 {file}' could not be started")
                && revision.err().contains("no-such-formatter-4711 is installed"), revision.toString());
        assertEquals(1, sources.files().size());
    }

    @Test
    void aPathWithSpacesIsOneArgumentAndTheHookRunsInTheProjectFolder() throws Exception {
        Files.createDirectories(dir.resolve("my migrations"));

        CliResult revision = cli.run("revision", "--empty", "-m", "blank", "--migrations-dir", "my migrations",
                "--post-write-hook", "cp {file} copied.java");

        assertSuccess(revision);
        assertTrue(!revision.err().contains("post-write hook"), revision.toString());
        Path written = new MigrationSources(dir.resolve("my migrations")).files().get(0);
        assertEquals(Files.readString(written), Files.readString(dir.resolve("copied.java")));
    }

    @Test
    void mergeRunsTheHookFromAutogenProperties() throws Exception {
        Files.writeString(dir.resolve("autogen.properties"), Files.readString(dir.resolve("autogen.properties"))
                + "\npost-write-hook=" + APPEND.replace("\\", "\\\\") + "\n");
        assertSuccess(cli.run("revision", "--empty", "-m", "base"));
        String base = MigrationSources.idOf(sources.files().get(0));
        sources.write("BranchA", "20300101_000001", List.of(base), "", "");
        sources.write("BranchB", "20300101_000002", List.of(base), "", "");

        assertSuccess(cli.run("merge", "-m", "merge branches"));

        assertTrue(Files.readString(sources.find("MergeBranches")).endsWith("// formatted\n"));
        assertTrue(Files.readString(sources.find("Base")).endsWith("// formatted\n"));
    }
}
