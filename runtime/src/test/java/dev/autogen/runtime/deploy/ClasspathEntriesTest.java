package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClasspathEntriesTest {
    @TempDir
    Path dir;

    @Test
    void anAtFileStandsForTheEntriesItListsInPlaceResolvedAgainstTheWorkingDirectory() throws Exception {
        Files.writeString(dir.resolve("deps.txt"), "lib/a.jar" + File.pathSeparator + "/opt/b.jar\r\n lib/c.jar \n");

        List<Path> entries = ClasspathEntries.of("target/classes" + File.pathSeparator + "@deps.txt"
                + File.pathSeparator + " " + File.pathSeparator + "app.jar", dir);

        assertEquals(List.of(dir.resolve("target/classes"), dir.resolve("lib/a.jar"), Path.of("/opt/b.jar"),
                dir.resolve("lib/c.jar"), dir.resolve("app.jar")), entries);
        assertEquals(List.of(), ClasspathEntries.of(null, dir));
    }

    @Test
    void aMissingFileIsNamedWithTheMavenCommandThatWritesIt() {
        AutogenException error = assertThrows(AutogenException.class,
                () -> ClasspathEntries.of("@target/classpath.txt", dir));

        assertEquals(ErrorCode.CONFIGURATION, error.code());
        assertTrue(error.getMessage().contains(dir.resolve("target/classpath.txt").toString())
                && error.getMessage().contains("mvn dependency:build-classpath -Dmdep.outputFile=target/classpath.txt"),
                error.getMessage());
    }
}
