package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationClassLoaderTest {
    @TempDir
    Path dir;

    @Test
    void findsWhatTheEntriesHoldRelativeToTheWorkingDirectory() throws Exception {
        Files.createDirectories(dir.resolve("app/classes/com/example"));
        Files.writeString(dir.resolve("app/classes/com/example/marker.txt"), "here");
        Files.createDirectories(dir.resolve("lib"));

        ClassLoader loader = MigrationClassLoader.of("app/classes" + File.pathSeparator + "lib", dir,
                getClass().getClassLoader());

        assertNotNull(loader.getResource("com/example/marker.txt"));
        assertSame(getClass().getClassLoader(), loader.getParent());
    }

    @Test
    void withoutAClassPathItIsTheParent() {
        ClassLoader parent = getClass().getClassLoader();
        assertSame(parent, MigrationClassLoader.of(null, dir, parent));
        assertSame(parent, MigrationClassLoader.of(" ", dir, parent));
    }

    @Test
    void aMissingEntryIsNamed() {
        AutogenException error = assertThrows(AutogenException.class,
                () -> MigrationClassLoader.of("target/app.jar", dir, getClass().getClassLoader()));

        assertEquals(ErrorCode.CONFIGURATION, error.code());
        assertTrue(error.getMessage().contains(dir.resolve("target/app.jar").toString()), error.getMessage());
    }
}
