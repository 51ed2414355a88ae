package dev.autogen.runtime.deploy;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompiledMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingEntryIsNamed() {
        AutogenException error = assertThrows(AutogenException.class,
                () -> CompiledMigrations.of("target/app.jar", "db.migrations", dir, getClass().getClassLoader()));

        assertEquals(ErrorCode.CONFIGURATION, error.code());
        assertTrue(error.getMessage().contains(dir.resolve("target/app.jar").toString()), error.getMessage());
    }

    @Test
    void foldersAreSearchedRelativeToTheWorkingDirectoryAndAnEmptyOneIsNamedInTheError() throws Exception {
        Files.createDirectories(dir.resolve("app/classes/com/example"));
        Files.createDirectories(dir.resolve("lib"));

        try (CompiledMigrations migrations = CompiledMigrations.of("app/classes" + File.pathSeparator + " lib",
                "com.example", dir, getClass().getClassLoader())) {
            AutogenException error = assertThrows(AutogenException.class, migrations::load);

            assertEquals(ErrorCode.CONFIGURATION, error.code());
            assertTrue(error.getMessage().contains("No migrations found in the package com.example in the --classpath"
                    + " entries " + dir.resolve("app/classes") + "; " + dir.resolve("lib") + "."), error.getMessage());
        }
    }

    @Test
    void withoutAClassPathTheRuntimesOwnClassPathIsNamed() {
        try (CompiledMigrations migrations = CompiledMigrations.of(" ", "com.example.none", dir,
                getClass().getClassLoader())) {
            AutogenException error = assertThrows(AutogenException.class, migrations::load);

            assertTrue(error.getMessage().contains("on the class path (") && error.getMessage()
                    .contains("no --classpath was given"), error.getMessage());
        }
    }
}
