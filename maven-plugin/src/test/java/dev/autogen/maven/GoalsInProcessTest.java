package dev.autogen.maven;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Goals run in this JVM on a project in a temporary folder, which is not the process's working directory. */
class GoalsInProcessTest {
    @TempDir
    Path folder;

    @Test
    void aGoalWorksInTheProjectsBaseDirectoryNotInTheProcesssWorkingDirectory() throws Exception {
        RecordingLog log = new RecordingLog();
        InitMojo init = configure(new InitMojo(), log);
        init.entities = "com.example.model";

        init.execute();

        assertTrue(Files.isRegularFile(folder.resolve("autogen.properties")));
        assertTrue(Files.readString(folder.resolve("autogen.properties")).contains("entities=com.example.model"));
        assertTrue(Files.isDirectory(folder.resolve("src/main/java/db/migrations")));
        assertFalse(Files.exists(Path.of("").toAbsolutePath().resolve("src/main/java/db/migrations")));
        assertEquals(List.of("Wrote autogen.properties", "Migrations go to src/main/java/db/migrations (package db.migrations)"),
                log.info);
    }

    @Test
    void anAutogenErrorBecomesAnExecutionFailureWithItsMessageAndExitCode() throws Exception {
        Files.createDirectories(folder.resolve("src/main/java/db/migrations"));
        RecordingLog log = new RecordingLog();
        ShowMojo show = configure(new ShowMojo(), log);
        show.revision = "2099";

        MojoExecutionException failure = assertThrows(MojoExecutionException.class, show::execute);

        assertTrue(failure.getMessage().contains("2099"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(autogen exit code 12: unknown target)"), failure.getMessage());
        assertEquals(null, failure.getCause());
        assertEquals(List.of(), log.warnings);
    }

    @Test
    void theDdlLockSettingsReachTheCommand() throws Exception {
        Files.createDirectories(folder.resolve("src/main/java/db/migrations"));
        UpgradeMojo upgrade = configure(new UpgradeMojo(), new RecordingLog());
        upgrade.ddlLockTimeout = "soon";

        MojoExecutionException timeout = assertThrows(MojoExecutionException.class, upgrade::execute);
        assertTrue(timeout.getMessage().contains("--ddl-lock-timeout"), timeout.getMessage());

        upgrade.ddlLockTimeout = null;
        upgrade.ddlLockRetries = -1;
        MojoExecutionException retries = assertThrows(MojoExecutionException.class, upgrade::execute);
        assertTrue(retries.getMessage().contains("--ddl-lock-retries"), retries.getMessage());
    }

    @Test
    void theFleetParametersReachTheCommandLineWhichJudgesThemAsItsOwnOptions() throws Exception {
        Files.createDirectories(folder.resolve("src/main/java/db/migrations"));
        CurrentMojo current = configure(new CurrentMojo(), new RecordingLog());
        current.eachSchema = "tenant_*";
        current.parallel = 0;

        MojoExecutionException failure = assertThrows(MojoExecutionException.class, current::execute);

        assertTrue(failure.getMessage().contains("--parallel must be 1 or more, not 0"), failure.getMessage());
    }

    @Test
    void aMissingMessageNamesItsPropertyBeforeAnythingRuns() {
        RevisionMojo revision = configure(new RevisionMojo(), new RecordingLog());

        MojoExecutionException failure = assertThrows(MojoExecutionException.class, revision::execute);

        assertEquals("autogen:revision needs message: run mvn autogen:revision -Dautogen.message=\"add due date\", or set"
                + " <message> in the plugin's <configuration>.", failure.getMessage());
        assertFalse(Files.exists(folder.resolve("src")));
    }

    @Test
    void aSkippedGoalRunsNothing() throws Exception {
        RecordingLog log = new RecordingLog();
        InitMojo init = configure(new InitMojo(), log);
        init.skip = true;

        init.execute();

        assertFalse(Files.exists(folder.resolve("autogen.properties")));
        assertEquals(List.of("Skipping autogen (autogen.skip)."), log.info);
    }

    private <T extends AutogenMojo> T configure(T mojo, RecordingLog log) {
        Model model = new Model();
        model.setGroupId("it.autogen");
        model.setArtifactId("in-process");
        model.setVersion("1");
        Build build = new Build();
        build.setOutputDirectory(folder.resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(new File(folder.toFile(), "pom.xml"));
        mojo.project = project;
        mojo.setLog(log);
        return mojo;
    }

    /** Keeps what a goal logs. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> info = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            info.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }
    }
}
