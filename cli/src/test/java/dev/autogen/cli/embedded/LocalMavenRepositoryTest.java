package dev.autogen.cli.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the user's local Maven repository is. */
class LocalMavenRepositoryTest {
    @TempDir
    Path home;

    @Test
    void withoutSettingsItIsUnderDotM2() {
        assertEquals(home.resolve(".m2/repository"), LocalMavenRepository.of(home).root());
    }

    @Test
    void settingsXmlMayMoveIt() throws Exception {
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), """
                <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                  <localRepository>${user.home}/maven-cache</localRepository>
                </settings>
                """);

        assertEquals(home.resolve("maven-cache"), LocalMavenRepository.of(home).root());
    }

    @Test
    void aSettingsXmlItCannotReadLeavesTheDefault() throws Exception {
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), "<settings><localRepository>${env.REPO}</localRepository>");

        assertEquals(home.resolve(".m2/repository"), LocalMavenRepository.of(home).root());
    }
}
