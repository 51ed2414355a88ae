package dev.autogen.cli;

import dev.autogen.cli.testing.CliResult;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.autogen.cli.Workflow.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code revision --replace}: the rename hint's advice, run as printed, rewrites the revision just written. */
@Tag("mariadb")
@Tag("postgres")
class ReplaceRevisionTest {
    private static final String RENAMED_V1 = "dev.autogen.it.corpus.rename_column.v1";
    private static final String RENAMED_V2 = "dev.autogen.it.corpus.rename_column.v2";
    private static final String ADVICE = "replace the revision just written to keep the data: ";

    @TempDir
    Path dir;

    private TestDatabase database;
    private Workflow workflow;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        workflow = new Workflow(dir, database);
        workflow.revision(RENAMED_V1, "tasks");
        workflow.upgradeAndVerify(RENAMED_V1);
        database.execute("INSERT INTO task (id, owner, title) VALUES (1, 'ann', 'write')");
    }

    @AfterEach
    void tearDown() throws Exception {
        database.close();
    }

    @Test
    void theCommandInTheRenameHintWorksAsPrinted() throws Exception {
        CliResult hinted = workflow.revision(RENAMED_V2, "rename \"title\"");
        String command = printedCommand(hinted);
        assertEquals("autogen revision --replace -m \"rename \\\"title\\\"\" --entities " + RENAMED_V2
                + " --rename task.title=headline", command);
        Path hintedFile = workflow.migrationFiles().get(1);

        List<String> words = CommandWords.split(command);
        CliResult replaced = workflow.cli().run(words.subList(1, words.size()).toArray(String[]::new));

        assertSuccess(replaced);
        assertTrue(replaced.out().contains("Replaced revision " + RevisionFiles.idOf(hintedFile)), replaced.toString());
        assertFalse(replaced.err().contains("possible rename"), replaced.toString());
        List<Path> files = workflow.migrationFiles();
        assertEquals(2, files.size(), files.toString());
        assertTrue(Files.readString(files.get(1)).contains("op.renameColumn(\"task\", \"title\", \"headline\");"));
        workflow.upgradeAndVerify(RENAMED_V2);
        assertEquals("write", database.column("SELECT headline FROM task").get(0));
    }

    @Test
    void anAppliedHeadIsNotReplaced() throws Exception {
        String command = printedCommand(workflow.revision(RENAMED_V2, "rename title"));
        assertSuccess(workflow.cli().run("upgrade"));
        List<Path> before = workflow.migrationFiles();

        List<String> words = CommandWords.split(command);
        CliResult refused = workflow.cli().run(words.subList(1, words.size()).toArray(String[]::new));

        assertEquals(ErrorCode.REVISION_GRAPH.exitCode(), refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("is applied to the database") && refused.err().contains("autogen downgrade -1"),
                refused.toString());
        assertEquals(before, workflow.migrationFiles());
    }

    @Test
    void aFailedReplacementPutsTheRevisionBack() throws Exception {
        workflow.revision(RENAMED_V2, "rename title");
        List<Path> before = workflow.migrationFiles();
        String source = Files.readString(before.get(1));

        CliResult failed = workflow.cli().run("revision", "--replace", "-m", "rename title", "--entities", RENAMED_V2,
                "--rename", "task.titel=headline");

        assertEquals(ErrorCode.CONFIGURATION.exitCode(), failed.exitCode(), failed.toString());
        assertEquals(before, workflow.migrationFiles());
        assertEquals(source, Files.readString(before.get(1)));
    }

    private static String printedCommand(CliResult result) {
        String warning = result.err().lines().filter(line -> line.contains(ADVICE)).findFirst()
                .orElseThrow(() -> new AssertionError(result.toString()));
        return warning.substring(warning.indexOf(ADVICE) + ADVICE.length());
    }
}
