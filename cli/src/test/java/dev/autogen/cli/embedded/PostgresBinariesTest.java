package dev.autogen.cli.embedded;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resolver zonky calls: the class path first, an unsupported machine a clear error. */
class PostgresBinariesTest {
    @TempDir
    Path dir;

    @Test
    void aBuildOnTheClassPathIsUsedWithoutLookingElsewhere() throws Exception {
        PostgresBinaries binaries = binaries(URI.create("http://127.0.0.1:9/never/"));

        try (InputStream archive = binaries.getPgBinary("Darwin", "x86_64")) {
            assertEquals((byte) 0xFD, (byte) archive.read(), "an xz stream");
        }
    }

    @Test
    void onAppleSiliconWithoutTheNativeBuildTheX8664BuildOnTheClassPathRunsUnderRosetta() throws Exception {
        PostgresBinaries offline = binaries(URI.create("http://127.0.0.1:9/never/"));

        try (InputStream archive = offline.getPgBinary("Darwin", "aarch64")) {
            assertEquals((byte) 0xFD, (byte) archive.read(), "an xz stream");
        }
        assertEquals(Optional.of(PostgresPlatform.DARWIN_X86_64), PostgresPlatform.DARWIN_ARM_64.emulatedBy());
        assertEquals(Optional.empty(), PostgresPlatform.LINUX_ARM_64.emulatedBy());
    }

    @Test
    void withoutABuildAnywhereTheDownloadErrorStands() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> binaries(URI.create("http://127.0.0.1:9/never/")).getPgBinary("Linux", "aarch64"));

        assertEquals(ErrorCode.EMBEDDED_DATABASE, e.code());
        assertTrue(e.getMessage().contains("for Linux arm64"), e.getMessage());
        assertTrue(e.getMessage().contains("http://127.0.0.1:9/never/io/zonky/test/postgres/"), e.getMessage());
    }

    @Test
    void aMachineWithoutABuildIsAnEmbeddedDatabaseErrorThatSuggestsUrl() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> binaries(BinarySources.MAVEN_CENTRAL).getPgBinary("Linux", "s390x"));

        assertEquals(ErrorCode.EMBEDDED_DATABASE, e.code());
        assertTrue(e.getMessage().contains("Linux s390x"), e.getMessage());
        assertTrue(e.getMessage().contains("--url"), e.getMessage());
    }

    @Test
    void equalSourcesMakeEqualResolversSoZonkyUnpacksOncePerProcess() {
        assertEquals(binaries(BinarySources.MAVEN_CENTRAL), binaries(BinarySources.MAVEN_CENTRAL));
    }

    private PostgresBinaries binaries(URI repository) {
        return new PostgresBinaries(new BinarySources(repository, LocalMavenRepository.of(dir), dir.resolve("cache"),
                DownloadProgress.SILENT));
    }
}
