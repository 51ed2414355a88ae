package dev.autogen.maven;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code eachSchema}, {@code eachUrl} and {@code parallel} reach upgrade, downgrade, current and check. */
class FleetParametersTest {
    @TempDir
    Path folder;

    @Test
    void theFleetParametersBecomeTheCommandsOptionsBeforeItsTarget() {
        UpgradeMojo upgrade = fleet(new UpgradeMojo());
        upgrade.target = "+1";
        DowngradeMojo downgrade = fleet(new DowngradeMojo());
        downgrade.target = "-1";

        assertArrayEquals(new String[] {"upgrade", "--each-schema", "tenant_*", "--each-url", "fleet.txt", "--parallel", "4",
                "--", "+1"}, arguments(upgrade));
        assertArrayEquals(new String[] {"downgrade", "--each-schema", "tenant_*", "--each-url", "fleet.txt", "--parallel", "4",
                "--", "-1"}, arguments(downgrade));
        assertArrayEquals(new String[] {"current", "--each-schema", "tenant_*", "--each-url", "fleet.txt", "--parallel", "4"},
                arguments(fleet(new CurrentMojo())));
        assertArrayEquals(new String[] {"check", "--each-schema", "tenant_*", "--each-url", "fleet.txt", "--parallel", "4"},
                arguments(fleet(new CheckMojo())));
        assertArrayEquals(new String[] {"current"}, arguments(new CurrentMojo()));
    }

    @Test
    void theCommandLineJudgesThemAsItsOwnOptions() throws Exception {
        Files.createDirectories(folder.resolve("src/main/java/db/migrations"));
        CurrentMojo current = configure(new CurrentMojo());
        current.eachSchema = "tenant_*";
        current.parallel = 0;

        MojoExecutionException failure = assertThrows(MojoExecutionException.class, current::execute);

        assertTrue(failure.getMessage().contains("--parallel must be 1 or more, not 0"), failure.getMessage());
    }

    private static <T extends FleetMojo> T fleet(T mojo) {
        mojo.eachSchema = "tenant_*";
        mojo.eachUrl = "fleet.txt";
        mojo.parallel = 4;
        return mojo;
    }

    private static String[] arguments(AutogenMojo mojo) {
        CommandArguments arguments = new CommandArguments(mojo.command());
        mojo.addArguments(arguments);
        return arguments.toArray();
    }

    private <T extends AutogenMojo> T configure(T mojo) {
        Model model = new Model();
        model.setGroupId("it.autogen");
        model.setArtifactId("fleet");
        model.setVersion("1");
        Build build = new Build();
        build.setOutputDirectory(folder.resolve("target/classes").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(new File(folder.toFile(), "pom.xml"));
        mojo.project = project;
        return mojo;
    }
}
